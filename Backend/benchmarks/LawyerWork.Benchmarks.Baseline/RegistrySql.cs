using System.Collections.Concurrent;
using System.Text;

namespace LawyerWork.Benchmarks.Baseline;

/// <summary>Which filters a list or export request uses: each combination has its SQL built once and kept.</summary>
[Flags]
internal enum LawyerFilters
{
    None = 0,
    Name = 1,
    Region = 2,
    Status = 4,
    Certificate = 8,
    Scope = 16,
    After = 32,

    /// <summary>With Region or Scope: a county, compared whole (DataScopeFilters.InRegion; ADR 0017).</summary>
    RegionCounty = 64,
    ScopeCounty = 128,
}

/// <summary>
/// The SQL of every baseline endpoint, written for the product's schema (Registry's EF configurations and
/// migrations: snake_case columns, code values stored as their names) and identical on both providers
/// but for the table names. Texts are built at start (or once per filter combination), never per request.
/// </summary>
internal sealed class RegistrySql
{
    private readonly ConcurrentDictionary<(LawyerFilters, string), string> built = new();

    // The product's region filter (DataScopeFilters.InRegion, ADR 0017): leading digits on SQLite, the code range on a server.
    private readonly bool prefixes;

    public RegistrySql(BaselineDatabase database, bool scoped)
    {
        prefixes = database.IsSqlite;
        Lawyers = database.Table("registry", "lawyers");
        Firms = database.Table("registry", "firms");
        Regions = database.Table("registry", "regions");
        Specialties = database.Table("registry", "lawyer_specialties");
        Periods = database.Table("registry", "lawyer_firm_periods");
        Integrity = database.Table("supervision", "integrity_records");

        // PublicLawyerQueryHandler: the projection, then (the product's second and third round trips) the
        // integrity records of the same lawyer; here one batch of three statements keyed by the certificate.
        PublicLawyer = $"""
            SELECT l.name, l.gender, l.certificate_number, l.category, f.name, l.employer, r.name, l.first_practice_year, l.status
            FROM {Lawyers} l LEFT JOIN {Firms} f ON f.id = l.firm_id JOIN {Regions} r ON r.code = l.region_code
            WHERE l.certificate_number = @certificate;
            SELECT s.specialty FROM {Specialties} s JOIN {Lawyers} l ON l.id = s.lawyer_id WHERE l.certificate_number = @certificate;
            {IntegritySql("Lawyer", $"(SELECT l.id FROM {Lawyers} l WHERE l.certificate_number = @certificate)")};
            """;

        PublicFirm = $"""
            SELECT f.name, f.uscc, f.address, f.director, r.name, f.status, f.practising_lawyer_count
            FROM {Firms} f JOIN {Regions} r ON r.code = f.region_code
            WHERE f.uscc = @uscc;
            {IntegritySql("Firm", $"(SELECT f.id FROM {Firms} f WHERE f.uscc = @uscc)")};
            """;

        // GetLawyerHandler: the product reads the aggregate (a split query: lawyer + firm, specialties,
        // firm history) and then the region's name: four round trips. Here: one batch.
        LawyerDetails = $"""
            SELECT l.id, l.name, l.gender, l.id_number, l.phone, l.certificate_number, l.category, l.firm_id, f.name, l.employer,
                   l.region_code, r.name, l.first_practice_year, l.foreign_related, l.languages, l.status, l.status_changed_on,
                   l.status_reason, l.suspended_until, l.needs_new_firm, l.unqualified_in_year, l.created_at, l.updated_at, l.version
            FROM {Lawyers} l LEFT JOIN {Firms} f ON f.id = l.firm_id JOIN {Regions} r ON r.code = l.region_code
            WHERE l.id = @id/*scope*/;
            SELECT s.specialty FROM {Specialties} s WHERE s.lawyer_id = @id;
            SELECT p.firm_id, p.firm_name, p."from", p."to" FROM {Periods} p WHERE p.lawyer_id = @id ORDER BY p."from";
            """;

        FirmDetails = $"""
            SELECT f.id, f.name, f.uscc, f.licence_number, f.organisation_form, f.size_band, f.region_code, r.name, f.director,
                   f.address, f.phone, f.founded_on, f.branch_of_id, f.status, f.status_changed_on, f.status_reason, f.suspended_until,
                   f.practising_lawyer_count, f.created_at, f.updated_at, f.version
            FROM {Firms} f JOIN {Regions} r ON r.code = f.region_code
            WHERE f.id = @id/*scope*/
            """;

        // UpdateLawyerHandler, reduced to its write: the optimistic-concurrency check is the WHERE clause.
        UpdateLawyer = $"""
            UPDATE {Lawyers} SET name = @name, name_search = @nameSearch, updated_at = @now, version = version + 1
            WHERE id = @id AND version = @version/*scope*/
            """;
        LawyerExists = $"SELECT 1 FROM {Lawyers} l WHERE l.id = @id/*scope*/";

        LawyerDetails = Scoped(LawyerDetails, "l.", scoped);
        FirmDetails = Scoped(FirmDetails, "f.", scoped);
        UpdateLawyer = Scoped(UpdateLawyer, "", scoped);
        LawyerExists = Scoped(LawyerExists, "l.", scoped);
    }

    public string Lawyers { get; }

    public string Firms { get; }

    public string Regions { get; }

    public string Specialties { get; }

    public string Periods { get; }

    public string Integrity { get; }

    public string PublicLawyer { get; }

    public string PublicFirm { get; }

    public string LawyerDetails { get; }

    public string FirmDetails { get; }

    public string UpdateLawyer { get; }

    public string LawyerExists { get; }

    /// <summary>The data-scope clause (DataScopeFilters.InRegion) in place of <c>/*scope*/</c>, or nothing.</summary>
    private string Scoped(string sql, string alias, bool scoped) =>
        sql.Replace("/*scope*/", scoped ? " AND " + Subtree(alias, "scope") : "", StringComparison.Ordinal);

    private string Subtree(string alias, string name) => prefixes
        ? $"substr({alias}region_code, 1, @{name}Length) = @{name}Prefix"
        : $"{alias}region_code >= @{name}From AND {alias}region_code <= @{name}To";

    /// <summary>The specialties of one page of lawyers (the product's collection projection in the public search).</summary>
    public string SpecialtiesOf(int count) => built.GetOrAdd((LawyerFilters.None, "specialties:" + count), key =>
    {
        var sql = new StringBuilder($"SELECT s.lawyer_id, s.specialty FROM {Specialties} s WHERE s.lawyer_id IN (");
        for (var i = 0; i < count; i++)
        {
            sql.Append(i == 0 ? "@i0" : ", @i" + i);
        }

        return sql.Append(')').ToString();
    });

    /// <summary>
    /// The public search (PublicLawyerSearchHandler) and the staff list (LawyerListHandler): count, page by
    /// offset or by keyset, in the default order name, then id (LawyerFilters.Sort / LawyerPublicFields.Sort).
    /// </summary>
    public string LawyerCount(LawyerFilters filters) =>
        built.GetOrAdd((filters, "count"), key => $"SELECT COUNT(*) FROM {Lawyers} l WHERE {Where(key.Item1)}");

    /// <summary>The public search's bounded count (PageQuery.CountAtMost): at most @cap rows are counted.</summary>
    public string LawyerCountAtMost(LawyerFilters filters) =>
        built.GetOrAdd((filters, "count-at-most"), key => $"SELECT COUNT(*) FROM (SELECT 1 FROM {Lawyers} l WHERE {Where(key.Item1)} LIMIT @cap) AS counted");

    public string LawyerPage(LawyerFilters filters, bool publicShape, bool keyset) =>
        built.GetOrAdd((filters, publicShape ? "public" : keyset ? "keyset" : "page"), key => $"""
            SELECT l.id, l.name, l.gender, l.certificate_number, l.category, l.firm_id, f.name, l.employer, l.region_code, r.name,
                   l.first_practice_year, l.foreign_related, l.status, l.name_search
            FROM {Lawyers} l LEFT JOIN {Firms} f ON f.id = l.firm_id JOIN {Regions} r ON r.code = l.region_code
            WHERE {Where(key.Item1)}
            ORDER BY l.name_search, l.id
            LIMIT @take{(keyset ? "" : " OFFSET @skip")}
            """);

    /// <summary>ExportLawyersHandler: the list's filters and order, no paging, plus the personal columns (masked on the way out).</summary>
    public string LawyerExport(LawyerFilters filters) =>
        built.GetOrAdd((filters, "export"), key => $"""
            SELECT l.name, l.gender, l.certificate_number, l.category, f.name, l.employer, l.region_code, r.name,
                   l.first_practice_year, l.foreign_related, l.status, l.id_number, l.phone
            FROM {Lawyers} l LEFT JOIN {Firms} f ON f.id = l.firm_id JOIN {Regions} r ON r.code = l.region_code
            WHERE {Where(key.Item1)}
            ORDER BY l.name_search, l.id
            """);

    private string Where(LawyerFilters filters)
    {
        var clauses = new List<string>();
        if (filters.HasFlag(LawyerFilters.Scope))
        {
            clauses.Add(filters.HasFlag(LawyerFilters.ScopeCounty) ? "l.region_code = @scopePrefix" : Subtree("l.", "scope"));
        }

        if (filters.HasFlag(LawyerFilters.Name))
        {
            clauses.Add("l.name_search >= @name AND l.name_search < @nameEnd");
        }

        if (filters.HasFlag(LawyerFilters.Certificate))
        {
            clauses.Add("l.certificate_number = @certificate");
        }

        if (filters.HasFlag(LawyerFilters.Region))
        {
            clauses.Add(filters.HasFlag(LawyerFilters.RegionCounty) ? "l.region_code = @regionPrefix" : Subtree("l.", "region"));
        }

        if (filters.HasFlag(LawyerFilters.Status))
        {
            clauses.Add("l.status = @status");
        }

        if (filters.HasFlag(LawyerFilters.After))
        {
            clauses.Add("l.name_search >= @afterName AND (l.name_search > @afterName OR (l.name_search = @afterName AND l.id > @afterId))");
        }

        return clauses.Count == 0 ? "1 = 1" : string.Join(" AND ", clauses);
    }

    // IntegrityReader.DisclosedAsync: records inside their disclosure period, newest first.
    private string IntegritySql(string subject, string subjectId) => $"""
        SELECT i.kind, i.measure, i.title, i.decided_by, i.document_number, i.decided_on, i.effective_until, i.disclosed_until
        FROM {Integrity} i
        WHERE i.subject = '{subject}' AND i.subject_id = {subjectId} AND i.decided_on <= @today AND i.disclosed_until > @today
        ORDER BY i.decided_on DESC, i.recorded_at DESC
        """;
}
