using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace LawyerWork.Benchmarks.Baseline;

/// <summary>
/// The endpoints, each mirroring one of the product's (README.md has the table): the same route, the
/// same query against the same tables, the same answer shape — and deliberately nothing more.
/// </summary>
internal sealed class RegistryHandlers(BaselineDatabase database, RegistrySql sql, string? scopeRegion)
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;
    private const int PublicCountCap = 1000; // PublicLookup.CountAtMost
    private const int MaxPagedRows = 10_000;
    private const int FlushEveryRows = 500;

    private static readonly string[] LawyerStatuses = ["Practising", "Suspended", "Cancelled", "Revoked"];

    private static readonly string[] ExportHeaders =
        ["姓名", "性别", "执业证号", "执业类别", "执业机构", "区划代码", "所在地区", "首次执业年份", "涉外", "状态", "身份证号（已脱敏）", "手机（已脱敏）"];

    private readonly string? scope = scopeRegion is null ? null : RegisterText.SubtreePrefix(scopeRegion);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/lawyers/{certificateNumber}", context => PublicLawyerAsync(context));
        app.MapGet("/api/public/lawyers", context => PublicLawyerSearchAsync(context));
        app.MapGet("/api/public/firms/{uscc}", context => PublicFirmAsync(context));
        app.MapGet("/api/registry/lawyers/export", context => ExportLawyersAsync(context));
        app.MapGet("/api/registry/lawyers/{id:guid}", context => LawyerAsync(context));
        app.MapGet("/api/registry/lawyers", context => LawyerListAsync(context));
        app.MapPut("/api/registry/lawyers/{id:guid}", context => UpdateLawyerAsync(context));
        app.MapGet("/api/registry/firms/{id:guid}", context => FirmAsync(context));
    }

    // GET /api/public/lawyers/{certificateNumber} — PublicLawyerQueryHandler.
    private async Task PublicLawyerAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.PublicLawyer;
        BaselineDatabase.AddFixed(command, "@certificate", (string)context.Request.RouteValues["certificateNumber"]!);
        BaselineDatabase.Add(command, "@today", ShanghaiToday());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            await ProblemAsync(context, 404, "not-found", "No lawyer holds that certificate number.");
            return;
        }

        var name = reader.GetString(0);
        var gender = reader.GetString(1);
        var certificate = reader.GetString(2);
        var category = reader.GetString(3);
        var firmName = BaselineDatabase.NullableString(reader, 4);
        var employer = BaselineDatabase.NullableString(reader, 5);
        var regionName = reader.GetString(6);
        var firstPracticeYear = reader.GetInt32(7);
        var status = reader.GetString(8);

        await reader.NextResultAsync(cancellationToken);
        var specialties = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            specialties.Add(reader.GetString(0));
        }

        await reader.NextResultAsync(cancellationToken);
        var integrity = await ReadIntegrityAsync(reader, cancellationToken);
        await context.Response.WriteAsJsonAsync(
            new PublicLawyer(name, gender, certificate, category, firmName, employer, regionName, firstPracticeYear, status, specialties, integrity),
            BaselineJson.Default.PublicLawyer, cancellationToken: cancellationToken);
    }

    // GET /api/public/lawyers?name=&certificateNumber=&regionCode=&page=&pageSize= — PublicLawyerSearchHandler.
    private async Task PublicLawyerSearchAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var cancellationToken = context.RequestAborted;
        var name = query["name"].ToString();
        var certificate = query["certificateNumber"].ToString();
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(certificate))
        {
            await ProblemAsync(context, 400, "validation", "Give a name or a certificate number.");
            return;
        }

        if (!TryPaging(context, out var page, out var pageSize) || !TryRegion(context, out var region))
        {
            await ProblemAsync(context, 400, "validation", "Bad page, pageSize or regionCode.");
            return;
        }

        var filters = (string.IsNullOrWhiteSpace(name) ? LawyerFilters.None : LawyerFilters.Name)
            | (string.IsNullOrWhiteSpace(certificate) ? LawyerFilters.None : LawyerFilters.Certificate)
            | RegionFilters(region);

        await using var connection = await database.OpenAsync(cancellationToken);
        long total;
        await using (var count = connection.CreateCommand())
        {
            // As the product's public search: one row past PublicCountCap is counted, never the whole range.
            count.CommandText = sql.LawyerCountAtMost(filters);
            AddFilters(count, filters, name, certificate, region, null);
            BaselineDatabase.Add(count, "@cap", PublicCountCap + 1);
            total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var capped = total > PublicCountCap;
        total = Math.Min(total, PublicCountCap);
        var rows = new List<(Guid Id, PublicLawyer Lawyer)>(pageSize);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sql.LawyerPage(filters, publicShape: true, keyset: false);
            AddFilters(command, filters, name, certificate, region, null);
            BaselineDatabase.Add(command, "@take", pageSize);
            BaselineDatabase.Add(command, "@skip", (page - 1) * pageSize);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetGuid(0), new PublicLawyer(
                    reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), BaselineDatabase.NullableString(reader, 6),
                    BaselineDatabase.NullableString(reader, 7), reader.GetString(9), reader.GetInt32(10), reader.GetString(12), [], null)));
            }
        }

        var items = new List<PublicLawyer>(rows.Count);
        if (rows.Count > 0)
        {
            var specialties = new Dictionary<Guid, List<string>>(rows.Count);
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = sql.SpecialtiesOf(rows.Count);
                for (var i = 0; i < rows.Count; i++)
                {
                    BaselineDatabase.Add(command, "@i" + i.ToString(CultureInfo.InvariantCulture), rows[i].Id);
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var id = reader.GetGuid(0);
                    if (!specialties.TryGetValue(id, out var list))
                    {
                        specialties[id] = list = [];
                    }

                    list.Add(reader.GetString(1));
                }
            }

            foreach (var (id, lawyer) in rows)
            {
                items.Add(specialties.TryGetValue(id, out var list) ? lawyer with { Specialties = list } : lawyer);
            }
        }

        await context.Response.WriteAsJsonAsync(
            new ListPage<PublicLawyer>(items, page, pageSize, total, null) { TotalCountCapped = capped }, BaselineJson.Default.ListPagePublicLawyer, cancellationToken: cancellationToken);
    }

    // GET /api/public/firms/{uscc} — PublicFirmQueryHandler.
    private async Task PublicFirmAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.PublicFirm;
        BaselineDatabase.AddFixed(command, "@uscc", ((string)context.Request.RouteValues["uscc"]!).ToUpperInvariant());
        BaselineDatabase.Add(command, "@today", ShanghaiToday());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            await ProblemAsync(context, 404, "not-found", "No firm holds that unified social credit code.");
            return;
        }

        var firm = new PublicFirm(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetInt32(6), null);
        await reader.NextResultAsync(cancellationToken);
        firm = firm with { Integrity = await ReadIntegrityAsync(reader, cancellationToken) };
        await context.Response.WriteAsJsonAsync(firm, BaselineJson.Default.PublicFirm, cancellationToken: cancellationToken);
    }

    // GET /api/registry/lawyers/{id} — GetLawyerHandler, as a caller without registry.personal-data.read sees it.
    private async Task LawyerAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var id = Guid.Parse((string)context.Request.RouteValues["id"]!, CultureInfo.InvariantCulture);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.LawyerDetails;
        BaselineDatabase.Add(command, "@id", id);
        AddScope(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            await ProblemAsync(context, 404, "not-found", "No such lawyer.");
            return;
        }

        var phone = BaselineDatabase.NullableString(reader, 4);
        var languages = reader.GetString(14);
        var lawyer = new LawyerDetails(
            reader.GetGuid(0),
            reader.GetString(1),
            reader.GetString(2),
            RegisterText.MaskIdNumber(reader.GetString(3)),
            phone is null ? null : RegisterText.MaskPhone(phone),
            BirthDate: null,
            PersonalDataMasked: true,
            reader.GetString(5),
            reader.GetString(6),
            BaselineDatabase.NullableGuid(reader, 7),
            BaselineDatabase.NullableString(reader, 8),
            BaselineDatabase.NullableString(reader, 9),
            reader.GetString(10),
            reader.GetString(11),
            reader.GetInt32(12),
            reader.GetBoolean(13),
            languages.Length == 0 ? [] : languages.Split(','),
            [],
            reader.GetString(15),
            BaselineDatabase.NullableDate(reader, 16),
            BaselineDatabase.NullableString(reader, 17),
            BaselineDatabase.NullableDate(reader, 18),
            reader.GetBoolean(19),
            reader.IsDBNull(20) ? null : reader.GetInt32(20),
            [],
            database.ReadInstant(reader, 21),
            database.ReadInstant(reader, 22),
            reader.GetInt64(23));

        await reader.NextResultAsync(cancellationToken);
        var specialties = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            specialties.Add(reader.GetString(0));
        }

        RegisterText.SortSpecialties(specialties);
        await reader.NextResultAsync(cancellationToken);
        var history = new List<FirmPeriod>();
        while (await reader.ReadAsync(cancellationToken))
        {
            history.Add(new FirmPeriod(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), BaselineDatabase.NullableDate(reader, 3)));
        }

        context.Response.Headers.ETag = RegisterText.ETag(lawyer.Version);
        await context.Response.WriteAsJsonAsync(
            lawyer with { Specialties = specialties, FirmHistory = history }, BaselineJson.Default.LawyerDetails, cancellationToken: cancellationToken);
    }

    // GET /api/registry/firms/{id} — GetFirmHandler.
    private async Task FirmAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var id = Guid.Parse((string)context.Request.RouteValues["id"]!, CultureInfo.InvariantCulture);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.FirmDetails;
        BaselineDatabase.Add(command, "@id", id);
        AddScope(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            await ProblemAsync(context, 404, "not-found", "No such firm.");
            return;
        }

        var firm = new FirmDetails(
            reader.GetGuid(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetString(5),
            reader.GetString(6),
            reader.GetString(7),
            reader.GetString(8),
            reader.GetString(9),
            BaselineDatabase.NullableString(reader, 10),
            reader.GetFieldValue<DateOnly>(11),
            BaselineDatabase.NullableGuid(reader, 12),
            reader.GetString(13),
            BaselineDatabase.NullableDate(reader, 14),
            BaselineDatabase.NullableString(reader, 15),
            BaselineDatabase.NullableDate(reader, 16),
            reader.GetInt32(17),
            database.ReadInstant(reader, 18),
            database.ReadInstant(reader, 19),
            reader.GetInt64(20));
        context.Response.Headers.ETag = RegisterText.ETag(firm.Version);
        await context.Response.WriteAsJsonAsync(firm, BaselineJson.Default.FirmDetails, cancellationToken: cancellationToken);
    }

    // GET /api/registry/lawyers?name=&regionCode=&status=&page=&pageSize=&cursor= — LawyerListHandler (ListPaging).
    private async Task LawyerListAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var cancellationToken = context.RequestAborted;
        var keyset = query.TryGetValue("cursor", out var cursorValue);
        var cursor = cursorValue.ToString();
        if (!TryPaging(context, out var page, out var pageSize) || !TryRegion(context, out var region) || !TryStatus(context, out var status)
            || (keyset && query.ContainsKey("page")))
        {
            await ProblemAsync(context, 400, "validation", "Bad page, pageSize, cursor, regionCode or status.");
            return;
        }

        string? afterName = null;
        var afterId = Guid.Empty;
        if (keyset && cursor.Length > 0)
        {
            if (!RegisterText.TryDecodeCursor(cursor, out var name, out afterId))
            {
                await ProblemAsync(context, 400, "validation", "The cursor is invalid.");
                return;
            }

            afterName = name;
        }

        var nameTerm = query["name"].ToString();
        var filters = FiltersOf(nameTerm, region, status) | (afterName is null ? LawyerFilters.None : LawyerFilters.After);
        await using var connection = await database.OpenAsync(cancellationToken);
        long? total = null;
        if (!keyset)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = sql.LawyerCount(filters);
            AddFilters(count, filters, nameTerm, null, region, status);
            total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var items = new List<LawyerSummary>(pageSize + 1);
        string? lastName = null;
        var hasMore = false;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sql.LawyerPage(filters, publicShape: false, keyset);
            AddFilters(command, filters, nameTerm, null, region, status);
            if (afterName is not null)
            {
                BaselineDatabase.Add(command, "@afterName", afterName);
                BaselineDatabase.Add(command, "@afterId", afterId);
            }

            BaselineDatabase.Add(command, "@take", keyset ? pageSize + 1 : pageSize);
            if (!keyset)
            {
                BaselineDatabase.Add(command, "@skip", (page - 1) * pageSize);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (items.Count == pageSize)
                {
                    // The (pageSize + 1)th row only says there is more: the cursor points after the last row returned.
                    hasMore = true;
                    break;
                }

                items.Add(new LawyerSummary(
                    reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    BaselineDatabase.NullableGuid(reader, 5), BaselineDatabase.NullableString(reader, 6), BaselineDatabase.NullableString(reader, 7),
                    reader.GetString(8), reader.GetString(9), reader.GetInt32(10), reader.GetBoolean(11), reader.GetString(12)));
                lastName = reader.GetString(13);
            }

            var next = keyset && hasMore ? RegisterText.EncodeCursor(lastName!, items[^1].Id) : null;
            await reader.DisposeAsync();
            await context.Response.WriteAsJsonAsync(
                new ListPage<LawyerSummary>(items, keyset ? null : page, pageSize, total, next), BaselineJson.Default.ListPageLawyerSummary,
                cancellationToken: cancellationToken);
        }
    }

    // GET /api/registry/lawyers/export — ExportLawyersHandler + CsvExport.WriteAsync, streamed row by row.
    private async Task ExportLawyersAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (!TryRegion(context, out var region) || !TryStatus(context, out var status))
        {
            await ProblemAsync(context, 400, "validation", "Bad regionCode or status.");
            return;
        }

        var nameTerm = context.Request.Query["name"].ToString();
        var filters = FiltersOf(nameTerm, region, status);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.LawyerExport(filters);
        AddFilters(command, filters, nameTerm, null, region, status);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "text/csv; charset=utf-8";
        var fileName = $"律师-{DateTime.UtcNow:yyyyMMdd}.csv";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = fileName,
            FileName = Uri.EscapeDataString(fileName),
        }.ToString();
        response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
        await writer.WriteAsync(string.Join(',', ExportHeaders) + "\r\n");
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var phone = BaselineDatabase.NullableString(reader, 12);
            await writer.WriteAsync(RegisterText.Csv(reader.GetString(0)));
            await writer.WriteAsync(',');
            await writer.WriteAsync(RegisterText.Gender(reader.GetString(1)));
            await writer.WriteAsync(',');
            await writer.WriteAsync(RegisterText.Csv(reader.GetString(2)));
            await writer.WriteAsync(',');
            await writer.WriteAsync(RegisterText.Category(reader.GetString(3)));
            await writer.WriteAsync(',');
            await writer.WriteAsync(RegisterText.Csv(BaselineDatabase.NullableString(reader, 4) ?? BaselineDatabase.NullableString(reader, 5)));
            await writer.WriteAsync(',');
            await writer.WriteAsync(reader.GetString(6));
            await writer.WriteAsync(',');
            await writer.WriteAsync(RegisterText.Csv(reader.GetString(7)));
            await writer.WriteAsync(',');
            await writer.WriteAsync(reader.GetInt32(8).ToString(CultureInfo.InvariantCulture));
            await writer.WriteAsync(',');
            await writer.WriteAsync(reader.GetBoolean(9) ? "是" : "否");
            await writer.WriteAsync(',');
            await writer.WriteAsync(RegisterText.LawyerStatus(reader.GetString(10)));
            await writer.WriteAsync(',');
            await writer.WriteAsync(RegisterText.Csv(RegisterText.MaskIdNumber(reader.GetString(11))));
            await writer.WriteAsync(',');
            await writer.WriteAsync(RegisterText.Csv(phone is null ? null : RegisterText.MaskPhone(phone)));
            await writer.WriteAsync("\r\n");

            // The first row goes out at once (time to first byte), then every FlushEveryRows rows, as the product's CsvExport.
            if (++rows == 1 || rows % FlushEveryRows == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    // PUT /api/registry/lawyers/{id} with If-Match — UpdateLawyerHandler's write, alone: no read of the
    // aggregate, no rules beyond the name's length, no outbox message, no audit record, a small answer.
    private async Task UpdateLawyerAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var id = Guid.Parse((string)context.Request.RouteValues["id"]!, CultureInfo.InvariantCulture);
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (ifMatch.Length == 0)
        {
            await ProblemAsync(context, 428, "version-required", "If-Match is required.");
            return;
        }

        if (!RegisterText.TryParseETag(ifMatch, out var version))
        {
            await ProblemAsync(context, 400, "validation", "If-Match must be the record's ETag as received.");
            return;
        }

        UpdateLawyerBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(context.Request.Body, BaselineJson.Default.UpdateLawyerBody, cancellationToken);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body?.Name is not { } name || name.Trim().Length is < 2 or > 50)
        {
            await ProblemAsync(context, 400, "validation", "The name must be 2 to 50 characters.");
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        int updated;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sql.UpdateLawyer;
            BaselineDatabase.Add(command, "@name", name.Trim());
            BaselineDatabase.Add(command, "@nameSearch", RegisterText.Normalise(name));
            database.AddInstant(command, "@now", DateTimeOffset.UtcNow);
            BaselineDatabase.Add(command, "@id", id);
            BaselineDatabase.Add(command, "@version", version);
            AddScope(command);
            updated = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (updated == 0)
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = sql.LawyerExists;
            BaselineDatabase.Add(exists, "@id", id);
            AddScope(exists);
            var found = await exists.ExecuteScalarAsync(cancellationToken) is not null;
            await ProblemAsync(context, found ? 412 : 404, found ? "stale-version" : "not-found",
                found ? "The record has changed since it was read; read it again." : "No such lawyer.");
            return;
        }

        context.Response.Headers.ETag = RegisterText.ETag(version + 1);
        await context.Response.WriteAsJsonAsync(new UpdatedLawyer(id, name.Trim(), version + 1), BaselineJson.Default.UpdatedLawyer, cancellationToken: cancellationToken);
    }

    /// <summary>Today in Asia/Shanghai (BuildingBlocks ShanghaiClock: UTC+8 without daylight saving since 1991).</summary>
    private static DateOnly ShanghaiToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static async Task<List<PublicIntegrityRecord>> ReadIntegrityAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var records = new List<PublicIntegrityRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new PublicIntegrityRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateOnly>(5), BaselineDatabase.NullableDate(reader, 6), reader.GetFieldValue<DateOnly>(7)));
        }

        return records;
    }

    private static Task ProblemAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            new Problem("urn:lawyerwork:problem:" + code, code, status, detail), BaselineJson.Default.Problem, "application/problem+json", context.RequestAborted);
    }

    private static bool TryPaging(HttpContext context, out int page, out int pageSize)
    {
        var query = context.Request.Query;
        page = 1;
        pageSize = DefaultPageSize;
        return (!query.TryGetValue("page", out var p) || (int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1))
            && (!query.TryGetValue("pageSize", out var s) || (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) && pageSize is >= 1 and <= MaxPageSize))
            && (long)page * pageSize <= MaxPagedRows;
    }

    // An empty regionCode or status is taken as absent (the product answers 400 for an empty regionCode).
    private static bool TryRegion(HttpContext context, out string? region)
    {
        var code = context.Request.Query["regionCode"].ToString();
        region = code.Length == 0 ? null : RegisterText.SubtreePrefix(code);
        return code.Length == 0 || RegisterText.IsRegionCode(code);
    }

    private static bool TryStatus(HttpContext context, out string? status)
    {
        var value = context.Request.Query["status"].ToString();
        status = value.Length == 0 ? null : value;
        return status is null || Array.IndexOf(LawyerStatuses, status) >= 0;
    }

    private LawyerFilters FiltersOf(string name, string? region, string? status) =>
        ScopeFilters
        | (string.IsNullOrWhiteSpace(name) ? LawyerFilters.None : LawyerFilters.Name)
        | RegionFilters(region)
        | (status is null ? LawyerFilters.None : LawyerFilters.Status);

    private LawyerFilters ScopeFilters =>
        scope is null ? LawyerFilters.None : scope.Length == 6 ? LawyerFilters.Scope | LawyerFilters.ScopeCounty : LawyerFilters.Scope;

    private static LawyerFilters RegionFilters(string? region) =>
        region is null ? LawyerFilters.None : region.Length == 6 ? LawyerFilters.Region | LawyerFilters.RegionCounty : LawyerFilters.Region;

    private void AddFilters(DbCommand command, LawyerFilters filters, string? name, string? certificate, string? region, string? status)
    {
        if (filters.HasFlag(LawyerFilters.Scope))
        {
            AddScope(command);
        }

        if (filters.HasFlag(LawyerFilters.Name))
        {
            var term = RegisterText.Normalise(name!);
            BaselineDatabase.Add(command, "@name", term);
            BaselineDatabase.Add(command, "@nameEnd", RegisterText.PrefixUpperBound(term));
        }

        if (filters.HasFlag(LawyerFilters.Certificate))
        {
            BaselineDatabase.AddFixed(command, "@certificate", certificate!.Trim());
        }

        if (region is not null)
        {
            AddPrefix(command, "@region", region);
        }

        if (status is not null)
        {
            BaselineDatabase.Add(command, "@status", status);
        }
    }

    private void AddScope(DbCommand command)
    {
        if (scope is not null)
        {
            AddPrefix(command, "@scope", scope);
        }
    }

    // A county's whole code is compared with the character(6) column (index seek); a prefix with substr's text
    // (SQLite); a server's code range with the column's own type. Each statement uses the ones its form needs.
    private static void AddPrefix(DbCommand command, string name, string prefix)
    {
        if (prefix.Length == 6)
        {
            BaselineDatabase.AddFixed(command, name + "Prefix", prefix);
            return;
        }

        BaselineDatabase.Add(command, name + "Prefix", prefix);
        BaselineDatabase.Add(command, name + "Length", prefix.Length);
        BaselineDatabase.AddFixed(command, name + "From", prefix.PadRight(6, '0'));
        BaselineDatabase.AddFixed(command, name + "To", prefix.PadRight(6, '9'));
    }
}
