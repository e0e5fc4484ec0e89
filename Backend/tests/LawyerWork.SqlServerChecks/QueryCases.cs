using System.Buffers.Text;
using System.Text.Json;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Audit.Features;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Features;
using LawyerWork.Modules.Registry.Features.Firms.FirmList;
using LawyerWork.Modules.Registry.Features.Lawyers.LawyerList;
using LawyerWork.Modules.Registry.Features.Public.PublicCache;
using LawyerWork.Modules.Registry.Features.Public.PublicFirms;
using LawyerWork.Modules.Registry.Features.Public.PublicLawyers;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Supervision.Contracts;

namespace LawyerWork.SqlServerChecks;

/// <summary>
/// The main read paths, run through their real handlers (the filters, data scopes, sort keys,
/// keyset cursors and projections the API uses), each with how many commands it sends.
/// </summary>
internal static class QueryCases
{
    private static readonly Guid FirmId = Guid.Parse("0195f3a2-7c4e-7d10-8a5b-3c2d1e0f9a8b");
    private static readonly Guid LawyerId = Guid.Parse("0195f3a2-7c4e-7d10-8a5b-3c2d1e0f9a8c");
    private static readonly DataScope Province = new(DataScopeKind.Region, "220000");

    // The look-ups' SQL, not a cached answer.
    private static readonly PublicAnswerCache NoCache = new(new PublicCacheOptions { Seconds = 0 }, TimeProvider.System);

    public static IEnumerable<TestCaseData> All()
    {
        yield return Case("firm list: page 2, every filter, prefix name, two sort keys, region scope", 2, Registry(db =>
            new FirmListHandler(db, As(Province)).Handle(new FirmListQuery(
                "长春", NameMatch.Prefix, "31220000MD0123456X", "220100", FirmStatus.Practising, OrganisationForm.GeneralPartnership,
                FirmSizeBand.Medium, Page: 2, PageSize: 20, Sort: "-foundedOn,name", Cursor: null), default)));
        yield return Case("firm list: keyset cursor by lawyer count, contains name, firm scope", 1, Registry(db =>
            new FirmListHandler(db, As(new DataScope(DataScopeKind.Firm, FirmId.ToString()))).Handle(new FirmListQuery(
                "律师", NameMatch.Contains, null, null, null, null, null, null, 50, "lawyerCount", Cursor("lawyerCount", 12, FirmId)), default)));
        yield return Case("firm list: first cursor page, own firm of a lawyer (self scope)", 1, Registry(db =>
            new FirmListHandler(db, As(new DataScope(DataScopeKind.Self, LawyerId.ToString()))).Handle(new FirmListQuery(
                null, null, null, null, null, null, null, null, null, null, Cursor: ""), default)));
        yield return Case("lawyer list: page 1, every filter, two sort keys, region scope", 2, Registry(db =>
            new LawyerListHandler(db, As(Province)).Handle(new LawyerListQuery(
                "张", NameMatch.Prefix, "12201201011012345", FirmId, "220102", LawyerCategory.FullTime, LawyerStatus.Practising,
                Specialty.Criminal, true, 1, 100, "certificateNumber,-firstPracticeYear", null), default)));
        yield return Case("lawyer list: keyset cursor by name, contains name, firm scope", 1, Registry(db =>
            new LawyerListHandler(db, As(new DataScope(DataScopeKind.Firm, FirmId.ToString()))).Handle(new LawyerListQuery(
                "明", NameMatch.Contains, null, null, null, null, null, null, null, null, 100, null, Cursor("", "张明", LawyerId)), default)));
        yield return Case("lawyer list: a caller without a data scope (sees nothing)", 2, Registry(db =>
            new LawyerListHandler(db, As(DataScope.None)).Handle(new LawyerListQuery(
                null, null, null, null, null, null, null, null, null, null, null, null, null), default)));
        yield return Case("public firm search: name, USCC and region", 2, Registry(db =>
            new PublicFirmSearchHandler(db).Handle(new PublicFirmSearch("长春", "31220000MD0123456X", "220100", 1, 20), default)));
        yield return Case("public firm look-up by USCC", 1, Registry(async db =>
            Assert.ThrowsAsync<NotFoundException>(async () => await new PublicFirmQueryHandler(db, NotReached.Instance, NoCache).Handle(new PublicFirmQuery("31220000MD0123456X"), default))));
        yield return Case("public lawyer search: name, certificate, firm name and region", 2, Registry(db =>
            new PublicLawyerSearchHandler(db, NoCache).Handle(new PublicLawyerSearch("张", "12201201011012345", "长春", "220100", 1, 20), default)));
        yield return Case("public lawyer look-up by certificate number", 1, Registry(async db =>
            Assert.ThrowsAsync<NotFoundException>(async () => await new PublicLawyerQueryHandler(db, NotReached.Instance, NoCache).Handle(new PublicLawyerQuery("12201201011012345"), default))));
        yield return Case("audit records: page 1, every filter", 2, Audit(db =>
            new AuditRecordsHandler(db).Handle(new AuditRecordsQuery(
                "admin", "RegisterFirm", "Firm", FirmId.ToString(), "2201", AuditOutcome.Succeeded,
                new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), 1, 50, null, null), default)));
        yield return Case("audit records: keyset cursor by recorded time (descending)", 1, Audit(db =>
            new AuditRecordsHandler(db).Handle(new AuditRecordsQuery(
                null, null, null, null, null, null, null, null, null, 100, null,
                Cursor("", new DateTimeOffset(2026, 1, 15, 8, 30, 0, 123, TimeSpan.Zero), LawyerId)), default)));
    }

    /// <summary>The look-ups here end at "not found" (the empty reader) before Supervision's records are read.</summary>
    private sealed class NotReached : IIntegrityReader
    {
        public static readonly NotReached Instance = new();

        public Task<IReadOnlyList<PublicIntegrityRecord>> DisclosedAsync(SubjectKind subject, Guid subjectId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Not reached: the subject was not found.");
    }

    private static TestCaseData Case(string name, int commands, Func<NoServer, Task> run) =>
        new TestCaseData(run, commands).SetArgDisplayNames(name);

    private static Func<NoServer, Task> Registry<T>(Func<RegistryDbContext, ValueTask<T>> query) => async server =>
    {
        await using var db = ModuleContexts.Create<RegistryDbContext>(ModuleContext.Registry, server);
        await query(db);
    };

    private static Func<NoServer, Task> Registry(Func<RegistryDbContext, Task> query) => async server =>
    {
        await using var db = ModuleContexts.Create<RegistryDbContext>(ModuleContext.Registry, server);
        await query(db);
    };

    private static Func<NoServer, Task> Audit<T>(Func<AuditDbContext, ValueTask<T>> query) => async server =>
    {
        await using var db = ModuleContexts.Create<AuditDbContext>(ModuleContext.Audit, server);
        await query(db);
    };

    private static ScopedUser As(DataScope scope) => new(scope);

    /// <summary>
    /// A cursor as KeysetCursor (internal to BuildingBlocks) writes it: base64url JSON of the sort
    /// and the last row's key values. Should that format change, the handler rejects this cursor
    /// with a validation error and the case fails, naming itself.
    /// </summary>
    private static string Cursor(string sort, params object[] keys) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new { Sort = sort, Keys = keys }));

    private sealed class ScopedUser(DataScope scope) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public string? UserId => "sqlserver-checks";

        public string? Role => null;

        public DataScope Scope => scope;

        public bool Has(string permission) => true;
    }
}
