namespace LawyerWork.SqlServerChecks;

/// <summary>
/// SQL Server's default collations (Chinese_PRC_CI_AS, SQL_Latin1_General_CP1_CI_AS) compare case-
/// insensitively, and so do its unique indexes and lookups: "abc" and "ABC" are one key there but two
/// on PostgreSQL and SQLite. Each unique key on a string column must therefore hold a normalised
/// value, a code whose case is fixed, or declare its collation; each is listed here with the reason,
/// and a new one fails until someone has thought about it.
/// </summary>
public sealed class CaseInsensitiveUniqueTests
{
    private static readonly Dictionary<string, string> Reviewed = new(StringComparer.Ordinal)
    {
        // Registry: codes whose format admits no letters, or capitals only.
        ["registry.regions(code)"] = "six digits (GB/T 2260 division code)",
        ["registry.firms(uscc)"] = "GB 32100 alphabet: digits and capitals only (UnifiedSocialCreditCode.HasValidShape rejects lower case; filters upper-case the term)",
        ["registry.firms(licence_number)"] = "17 digits (FirmFieldsValidator)",
        ["registry.lawyers(certificate_number)"] = "17 digits (PracticeCertificateNumber.HasValidShape)",
        ["registry.organisations(kind, region_code)"] = "an enum name written by the code, and six digits",
        ["registry.lawyer_specialties(lawyer_id, specialty)"] = "an enum name written by the code",

        // Supervision: receipt numbers are made by the code from capitals and digits (CaseNumbers), and looked up upper-cased.
        ["supervision.complaints(receipt_number)"] = "capitals and digits made by CaseNumbers; the public look-up upper-cases the term",
        ["supervision.rights_cases(receipt_number)"] = "capitals and digits made by CaseNumbers",
        ["supervision.committees(region_code, name)"] = "six digits, and a committee's Chinese name: case folding does not touch Han characters; two names that differ only in Latin case are meant to clash",

        // Integration: the target is "national" or "webhook:" and a lower-case uuid, written by the code.
        ["integration.deliveries(target, event_id)"] = "a target name written by the code (Delivery.NationalTarget, Delivery.WebhookTarget)",

        // Building-block tables every module keeps in its own schema.
        ["*.inbox_messages(consumer, event_id)"] = "consumer is a handler's class name, written by the code",

        // The client's opaque Idempotency-Key compares by code point (ComparesByCodePoint: a binary
        // collation on SQL Server); the caller id and the route beside it are written by the code.
        ["*.idempotency_records(caller_id, route, key)"] = "key: binary collation; caller_id and route written by the code",

        // Audit: job names are constants in the code.
        ["audit.leases(job)"] = "a job name written by the code",

        // Access: Identity's normalised columns are upper-cased by its ILookupNormalizer.
        ["access.users(normalized_user_name)"] = "Identity's normalised (upper-cased) user name",
        ["access.roles(normalized_name)"] = "Identity's normalised (upper-cased) role name",

        // Identity keys whose parts are written by Identity's own code ("[AspNetUserStore]",
        // "AuthenticatorKey", "RecoveryCodes"). External logins (provider_key from an outside
        // provider, which may be case-sensitive) are not used; revisit if they ever are.
        ["access.user_tokens(user_id, login_provider, name)"] = "names written by Identity",
        ["access.user_logins(login_provider, provider_key)"] = "unused: no external logins",

        // OpenIddict: its managers re-check every lookup with an ordinal comparison, because "SQL
        // Server … use[s] case-insensitive lookups by default" (OpenIddict.Core managers).
        ["access.openiddict_applications(client_id)"] = "made by ClientAdministration as lw- and lower-case hex",
        ["access.openiddict_scopes(name)"] = "scope names are constants (ClientScopes)",
        ["access.openiddict_tokens(reference_id)"] = "random; a case-only clash of two is negligible, and OpenIddict re-checks ordinally",
    };

    [Test]
    public void Every_unique_key_on_a_string_column_is_reviewed_for_case_insensitive_collations()
    {
        var uniqueStrings = Enum.GetValues<ModuleContext>()
            .SelectMany(SqlServerModel.Tables)
            .SelectMany(SqlServerModel.KeysAndIndexes)
            .Where(k => k.IsUnique)
            .Where(k => k.Columns.Any(c => c.ProviderClrType == typeof(string)))

            // A key whose string columns all declare a collation has decided its case rule explicitly.
            .Where(k => k.Columns.Where(c => c.ProviderClrType == typeof(string)).Any(c => c.Collation is null))
            .Select(k => k.Label);

        ReviewedList.AssertCovers(Reviewed, uniqueStrings,
            "unique keys on string columns that SQL Server would compare case-insensitively; normalise the value, "
            + "give the column a collation, or add it here with the reason its case cannot differ");
    }
}
