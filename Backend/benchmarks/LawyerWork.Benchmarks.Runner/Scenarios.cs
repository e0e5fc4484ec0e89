using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace LawyerWork.Benchmarks.Runner;

/// <summary>
/// The scenarios of issue #11, each measured on the product and on the raw baseline in the same run
/// and reported as a ratio (absolute figures on these shared 2-core machines drift by ±15%).
/// </summary>
public sealed class Scenarios(RunnerOptions options, BenchDatabase database, BenchProcess product, BenchProcess baseline, LoadTool load, Func<string, Task<Session>> signIn, string folder)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The provincial officer: the whole province, ID numbers and phones unmasked (each such read audited).</summary>
    public const string ProvincialOfficer = "demo.province";

    /// <summary>Changchun's city officer: their city only, personal data masked (no permission to see it).</summary>
    private const string CityOfficer = "demo.city.220100";

    private string[] Closed(int connections) =>
        ["--connections", connections.ToString(Invariant), "--duration", options.Seconds.ToString(Invariant), "--warmup", options.Warmup.ToString(Invariant)];

    private async Task<string> RequestsAsync(string name, IEnumerable<string> paths)
    {
        var file = Path.Combine(folder, name + ".requests");
        await File.WriteAllLinesAsync(file, paths.Select(p => "GET " + p));
        return file;
    }

    private async Task<(LoadFigures Product, LoadFigures Baseline)> BothAsync(string file, string? user, int connections)
    {
        var baselineFigures = await load.RunAsync("closed", baseline.Address, [.. Closed(connections), "--requests", file], []);
        var productFigures = await load.RunAsync("closed", product.Address, [.. Closed(connections), "--requests", file], user is null ? [] : (await signIn(user)).Headers);
        return (productFigures, baselineFigures);
    }

    private static ScenarioResult Throughput(string scenario, double floor, (LoadFigures Product, LoadFigures Baseline) run) => new(
        scenario,
        $"throughput ≥ {floor:0.0#}× baseline",
        $"{run.Product.Throughput:0} req/s (p99 {run.Product.P99:0.0} ms) vs {run.Baseline.Throughput:0} req/s (p99 {run.Baseline.P99:0.0} ms)",
        run.Product.Throughput / run.Baseline.Throughput,
        run.Product.Throughput / run.Baseline.Throughput >= floor);

    public async Task<List<ScenarioResult>> RunAsync(Func<string, bool> wanted, Action<string> report)
    {
        var results = new List<ScenarioResult>();
        async Task Step(string name, Func<Task<IEnumerable<ScenarioResult>>> run)
        {
            if (!wanted(name))
            {
                return;
            }

            report($"Scenario {name}…");
            results.AddRange(await run());
        }

        LoadFigures? certificateBaseline = null;
        await Step("public-certificate", async () =>
        {
            var run = await BothAsync(await CertificateRequestsAsync(), user: null, options.Connections);
            certificateBaseline = run.Baseline;
            return [Throughput("public look-up by certificate number (uncached)", 0.5, run)];
        });

        await Step("public-name-region", async () =>
            [Throughput("public look-up by name prefix + region (uncached)", 0.5, await BothAsync(await NameRegionRequestsAsync(), user: null, options.Connections))]);

        await Step("public-open-loop", async () =>
        {
            var file = await CertificateRequestsAsync();
            certificateBaseline ??= await load.RunAsync("closed", baseline.Address, [.. Closed(options.Connections), "--requests", file], []);
            var rate = Math.Max(1, (int)(certificateBaseline.Throughput / 2));
            // A generous in-flight cap: the cold start (TLS handshakes of every connection) queues requests at this rate.
            string[] open = ["--rate", rate.ToString(Invariant), "--max-in-flight", "4096", .. Closed(64), "--requests", file];
            var baselineOpen = await load.RunAsync("open", baseline.Address, open, []);
            var productOpen = await load.RunAsync("open", product.Address, open, []);
            var ratio = productOpen.P99 / Math.Max(0.001, baselineOpen.P99);
            var unsent = productOpen.Dropped + baselineOpen.Dropped > 0
                ? $"; not sent at the in-flight cap: {productOpen.Dropped:N0} vs {baselineOpen.Dropped:N0} (the rate is beyond that server's capacity)"
                : "";
            return [new ScenarioResult(
                $"public look-up, open loop at {rate} req/s (50% of the baseline's throughput)",
                "p99 ≤ 3× baseline p99",
                $"p50 {productOpen.P50:0.0} / p99 {productOpen.P99:0.0} / max {productOpen.Max:0.0} ms vs p50 {baselineOpen.P50:0.0} / p99 {baselineOpen.P99:0.0} / max {baselineOpen.Max:0.0} ms{unsent}",
                ratio, ratio <= 3 && productOpen.Dropped == 0)];
        });

        await Step("lawyer-detail", async () =>
        {
            // Changchun's lawyers and firms, read by its city officer (masked) and by the provincial officer
            // (unmasked, so each read also writes its audit record: a read of personal data is on record).
            var ids = await database.ColumnAsync($"SELECT id FROM {database.Table("lawyers")} WHERE region_code LIKE '2201%' ORDER BY {database.Random} LIMIT 2000");
            var firms = await database.ColumnAsync($"SELECT id FROM {database.Table("firms")} WHERE region_code LIKE '2201%' ORDER BY {database.Random} LIMIT 2000");
            var lawyers = await RequestsAsync("lawyer-detail", ids.Select(i => "/api/registry/lawyers/" + i.ToLowerInvariant()));
            var unmasked = await BothAsync(lawyers, ProvincialOfficer, options.Connections);
            return
            [
                Throughput("authenticated lawyer detail (city officer; ID number and phone masked)", 0.4, await BothAsync(lawyers, CityOfficer, options.Connections)),
                Throughput("authenticated firm detail (city officer)", 0.4,
                    await BothAsync(await RequestsAsync("firm-detail", firms.Select(i => "/api/registry/firms/" + i.ToLowerInvariant())), CityOfficer, options.Connections)),
                Throughput("authenticated lawyer detail with personal data (provincial officer; every read audited)", 0.4, unmasked) with { Target = "recorded (each read is also an audit write)", Passed = null },
            ];
        });

        await Step("list-paging", () => ListPagingAsync());
        await Step("writes", () => WritesAsync());
        await Step("export", () => ExportAsync());
        return results;
    }

    /// <summary>The public look-ups again, on a product started with its public-answer cache on (the warm-up fills it).</summary>
    public async Task<IEnumerable<ScenarioResult>> PublicCachedAsync() =>
    [
        Throughput("public look-up by certificate number, cached", 1.5, await BothAsync(await CertificateRequestsAsync(), user: null, options.Connections)),
        Throughput("public look-up by name prefix + region, cached", 1.5, await BothAsync(await NameRegionRequestsAsync(), user: null, options.Connections)),
    ];

    // 2,000 practising lawyers drawn at random, the same file for every run of the scenario.
    private async Task<string> CertificateRequestsAsync()
    {
        var file = Path.Combine(folder, "public-certificate.requests");
        if (File.Exists(file))
        {
            return file;
        }

        var certificates = await database.ColumnAsync($"SELECT certificate_number FROM {database.Table("lawyers")} WHERE status = 'Practising' ORDER BY {database.Random} LIMIT 2000");
        return await RequestsAsync("public-certificate", certificates.Select(c => "/api/public/lawyers/" + c));
    }

    private async Task<string> NameRegionRequestsAsync()
    {
        var file = Path.Combine(folder, "public-name-region.requests");
        if (File.Exists(file))
        {
            return file;
        }

        var pairs = await database.PairsAsync(
            $"SELECT substr(name, 1, 1), substr(region_code, 1, 4) || '00' FROM {database.Table("lawyers")} WHERE status = 'Practising' ORDER BY {database.Random} LIMIT 2000");
        return await RequestsAsync("public-name-region", pairs.Select(p => $"/api/public/lawyers?name={Uri.EscapeDataString(p.A)}&regionCode={p.B}&pageSize=20"));
    }

    private async Task<IEnumerable<ScenarioResult>> ListPagingAsync()
    {
        // The cursor of the deepest page up to 10,000 (20 rows a page), walked on the baseline, whose
        // cursors are the product's own format; the same default order and filters on both: Changchun's
        // practising lawyers, the list a city's staff work on.
        const string filters = "status=Practising&regionCode=220100";
        var total = int.Parse((await database.ColumnAsync($"SELECT count(*) FROM {database.Table("lawyers")} WHERE status = 'Practising' AND region_code LIKE '2201%'"))[0], Invariant);
        var depth = Math.Min(10_000, (total / 20) - 1);
        string? cursor = "";
        using var client = Loopback.Client(baseline.Address, TimeSpan.FromMinutes(1));
        for (var rows = 0; rows < depth * 20 && cursor is not null;)
        {
            var take = Math.Min(100, (depth * 20) - rows);
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/registry/lawyers?{filters}&pageSize={take}&cursor={Uri.EscapeDataString(cursor)}");
            rows += page.GetProperty("items").GetArrayLength();
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.String ? page.GetProperty("nextCursor").GetString() : null;
        }

        if (cursor is null)
        {
            throw new InvalidOperationException("The list ended before the deep page.");
        }

        var first = await RequestsAsync("list-first", [$"/api/registry/lawyers?{filters}&pageSize=20&cursor="]);
        var deep = await RequestsAsync("list-deep", [$"/api/registry/lawyers?{filters}&pageSize=20&cursor={Uri.EscapeDataString(cursor)}"]);
        var session = await signIn(ProvincialOfficer);
        var productFirst = await load.RunAsync("closed", product.Address, [.. Closed(2), "--requests", first], session.Headers);
        var productDeep = await load.RunAsync("closed", product.Address, [.. Closed(2), "--requests", deep], (await signIn(ProvincialOfficer)).Headers);
        var ratio = productDeep.P50 / productFirst.P50;

        // Page-number paging is capped at 10,000 rows: the page after the cap must be refused, not served slowly.
        using var capped = Loopback.Client(product.Address, TimeSpan.FromMinutes(1));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/lawyers?pageSize=20&page=501");
        session.Apply(request);
        var refused = (int)(await capped.SendAsync(request)).StatusCode;
        return
        [
            new ScenarioResult($"staff list filtered by status and city, cursor page {depth:N0} vs the first (median latency)", "≤ 2× the first page",
                $"{productDeep.P50:0.0} ms vs {productFirst.P50:0.0} ms", ratio, ratio <= 2),
            new ScenarioResult("staff list, page-number paging beyond 10,000 rows", "refused (400), not served", $"HTTP {refused}", null, refused == 400),
        ];
    }

    private async Task<IEnumerable<ScenarioResult>> WritesAsync()
    {
        // One body template fits lawyers of one category, gender and first year (the product checks them against the certificate number).
        var year = (await database.ColumnAsync(
            $"SELECT first_practice_year FROM {database.Table("lawyers")} WHERE category = 'FullTime' AND gender = 'Male' AND status = 'Practising' GROUP BY first_practice_year ORDER BY count(*) DESC LIMIT 1"))[0];
        var ids = await database.ColumnAsync(
            $"SELECT id FROM {database.Table("lawyers")} WHERE category = 'FullTime' AND gender = 'Male' AND status = 'Practising' AND firm_id IS NOT NULL AND first_practice_year = {year} ORDER BY {database.Random} LIMIT 400");
        var idFile = Path.Combine(folder, "writes.ids");
        await File.WriteAllLinesAsync(idFile, ids.Select(i => i.ToLowerInvariant()));
        string[] arguments =
        [
            .. Closed(4), "--ids", idFile, "--path-template", "/api/registry/lawyers/{id}",
            "--body-template", "{\"name\":\"{name}\",\"gender\":\"Male\",\"category\":\"FullTime\",\"firstPracticeYear\":" + year + ",\"specialties\":[],\"languages\":[]}",
        ];
        var started = DateTimeOffset.UtcNow;
        var baselineFigures = await load.RunAsync("writes", baseline.Address, arguments, []);
        var productFigures = await load.RunAsync("writes", product.Address, arguments, (await signIn(ProvincialOfficer)).Headers);
        var ratio = productFigures.Throughput / baselineFigures.Throughput;
        var results = new List<ScenarioResult>
        {
            new($"lawyer update with audit and outbox ({options.Provider})", "throughput ≥ 0.2× the baseline's plain write",
                $"{productFigures.Throughput:0} writes/s (p99 {productFigures.P99:0.0} ms) vs {baselineFigures.Throughput:0} (p99 {baselineFigures.P99:0.0} ms)", ratio, ratio >= 0.2),
        };

        // Lags under that write load, from the rows themselves (recorded, no target).
        await Task.Delay(TimeSpan.FromSeconds(6));
        results.Add(await LagAsync("outbox delivery lag under the writes (p99)", "registry", "outbox_messages", "occurred_at", "dispatched_at", started));
        results.Add(await LagAsync("audit sealing lag under the writes (p99)", "audit", "records", "recorded_at", "sealed_at", started));
        return results;
    }

    private async Task<ScenarioResult> LagAsync(string name, string schema, string table, string from, string to, DateTimeOffset since)
    {
        var qualified = database.IsSqlite ? $"{schema}_{table}" : $"{schema}.{table}";
        var sinceValue = database.IsSqlite
            ? ((since.ToUnixTimeMilliseconds() * 1000) - 1).ToString(Invariant)
            : $"'{since.UtcDateTime:yyyy-MM-dd HH:mm:ss}+00'";
        // In the database, to the microsecond (a timestamp read back as text would lose its fraction).
        var lag = database.IsSqlite ? $"({to} - {from}) / 1000.0" : $"EXTRACT(EPOCH FROM ({to} - {from})) * 1000";
        var lags = (await database.ColumnAsync($"SELECT {lag} FROM {qualified} WHERE {from} >= {sinceValue} AND {to} IS NOT NULL"))
            .Select(v => double.Parse(v, Invariant))
            .Order().ToList();
        return lags.Count == 0
            ? new ScenarioResult(name, "recorded", "no rows in the window", null, null)
            : new ScenarioResult(name, "recorded", $"p99 {lags[(int)Math.Min(lags.Count - 1, Math.Ceiling(lags.Count * 0.99) - 1)]:0} ms over {lags.Count:N0} rows (max {lags[^1]:0} ms)", null, null);
    }

    private async Task<IEnumerable<ScenarioResult>> ExportAsync()
    {
        var before = product.ResidentBytes();
        var baselineFirst = await load.FirstByteAsync(baseline.Address, "/api/registry/lawyers/export", []);
        var productFirst = await load.FirstByteAsync(product.Address, "/api/registry/lawyers/export", (await signIn(ProvincialOfficer)).Headers);
        var growth = (product.ResidentBytes() - before) / (1024.0 * 1024.0);
        var ratio = productFirst.FirstByteMs / Math.Max(0.001, baselineFirst.FirstByteMs);
        var lawyers = (await database.ColumnAsync($"SELECT count(*) FROM {database.Table("lawyers")}"))[0];
        return
        [
            new ScenarioResult($"streamed CSV export of all {long.Parse(lawyers, Invariant):N0} lawyers, first byte", "≤ 2× the baseline's first row",
                $"{productFirst.FirstByteMs:0} ms (all {productFirst.Bytes / 1048576.0:0.0} MiB in {productFirst.TotalMs:0} ms) vs {baselineFirst.FirstByteMs:0} ms", ratio, ratio <= 2),
            new ScenarioResult("streamed CSV export, host working-set growth", "≤ 150 MB", $"{growth:0} MB", null, growth <= 150),
        ];
    }
}
