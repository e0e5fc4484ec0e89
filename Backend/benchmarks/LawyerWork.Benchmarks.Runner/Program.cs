using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LawyerWork.Benchmarks.Runner;

// build.ps1 bench: everything is started here and stopped in the finally blocks, whatever fails.
var options = RunnerOptions.Parse(args);
void Report(string line) => Console.WriteLine($"==> {line}");

var hostDll = options.Release("LawyerWork.Host", "src");
var loadDll = options.Release("LawyerWork.Benchmarks.Load", "benchmarks");
var baselineDll = options.Release("LawyerWork.Benchmarks.Baseline", "benchmarks");
var run = Path.Combine(options.Artifacts, "runs", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + options.Provider.ToLowerInvariant());
Directory.CreateDirectory(run);

var secrets = new BenchSecrets();
secrets.WriteCertificate(run);
var database = await BenchDatabase.PrepareAsync(options, secrets, hostDll, Report);
var checkpoints = Path.Combine(run, "checkpoints");
var environment = secrets.HostEnvironment(options.Provider, database.Connection, database.Checkpoints ?? checkpoints);
environment["Database__MigrateOnStart"] = "false";

// The uncached figures are the product without its public-answer cache; public-cached starts it again with the cache on.
environment["Registry__PublicCache__Seconds"] = "0";
var results = new List<ScenarioResult>();
TimeSpan? startupOnBench = null;
bool Wanted(string name) => options.Scenario is null || options.Scenario == name;

Report("Starting the raw baseline and the product over https on loopback");
await using (var baseline = await BenchProcess.StartAsync(baselineDll,
    ["--provider", options.Provider, "--connection", database.Connection, "--cert", secrets.CertificatePath, "--cert-password", secrets.CertificatePassword, "--scope-region", "220000"],
    new Dictionary<string, string>(), "/api/registry/lawyers?pageSize=1"))
{
    var load = new LoadTool(loadDll, run);
    await using (var product = await BenchProcess.StartAsync(hostDll, [], environment, "/health/ready"))
    {
        Report($"Product ready in {product.Startup.TotalSeconds:0.0} s; baseline in {baseline.Startup.TotalSeconds:0.0} s");
        results.AddRange(await Scenarios(product).RunAsync(Wanted, Report));
        if (Wanted("startup"))
        {
            startupOnBench = product.Startup;
        }
    }

    if (Wanted("public-cached"))
    {
        var cached = new Dictionary<string, string>(environment) { ["Registry__PublicCache__Seconds"] = "300" };
        await using var product = await BenchProcess.StartAsync(hostDll, [], cached, "/health/ready");
        Report("Scenario public-cached…");
        results.AddRange(await Scenarios(product).PublicCachedAsync());
    }

    // A fresh session for each authenticated run: the load generator replays one cookie and never takes
    // the renewed one, so after Identity's one-minute stamp interval every request would re-validate the
    // user against the database — a cost a browser, which keeps the renewed cookie, does not pay.
    Scenarios Scenarios(BenchProcess product) => new(options, database, product, baseline, load,
        user => Session.SignInAsync(product.Address, user, database.Accounts.First(a => a.User == user).Password), run);
}

if (Wanted("import"))
{
    Report("Scenario import…");
    results.AddRange(await new ImportScenario(options, database, secrets, hostDll, run).RunAsync(Report));
}

if (startupOnBench is { } onBench)
{
    results.Add(await StartupAsync(onBench));
}

if (Wanted("micro"))
{
    results.Add(await MicroAsync());
}

await WriteResultsAsync();
return results.Any(r => r.Passed == false) ? 1 : 0;

// BenchmarkDotNet's in-process short job over the validators, identifier rules and mappers; its table goes to docs/benchmarks/micro.md.
async Task<ScenarioResult> MicroAsync()
{
    Report("Scenario micro (BenchmarkDotNet)…");
    var summary = Path.Combine(options.Root, "docs", "benchmarks", "micro.md");
    var (code, output) = await BenchProcess.RunAsync(options.Release("LawyerWork.Benchmarks.Micro", "benchmarks"),
        ["--summary", summary, "--artifacts", Path.Combine(run, "micro")]);
    return code == 0
        ? new ScenarioResult("micro-benchmarks of the validators, identifier rules and mapping (BenchmarkDotNet)", "recorded", "[micro.md](micro.md)", null, null)
        : throw new InvalidOperationException("The micro-benchmarks failed:\n" + output[^Math.Min(output.Length, 4000)..]);
}

// Start-up to ready on this database against the product's own start-up on an empty, migrated one.
async Task<ScenarioResult> StartupAsync(TimeSpan onBench)
{
    Report("Scenario startup…");
    var empty = Path.Combine(run, "empty.db");
    var emptyEnvironment = secrets.HostEnvironment("Sqlite", $"Data Source={empty}", checkpoints);
    var (code, output) = await BenchProcess.RunAsync(hostDll, ["--migrate-only"], emptyEnvironment);
    if (code != 0)
    {
        throw new InvalidOperationException("Migrating the empty database failed:\n" + output);
    }

    emptyEnvironment["Database__MigrateOnStart"] = "false";
    var emptyTimes = new List<double>();
    var benchTimes = new List<double> { onBench.TotalMilliseconds };
    for (var i = 0; i < 3; i++)
    {
        await using (var host = await BenchProcess.StartAsync(hostDll, [], emptyEnvironment, "/health/ready"))
        {
            emptyTimes.Add(host.Startup.TotalMilliseconds);
        }

        await using (var host = await BenchProcess.StartAsync(hostDll, [], environment, "/health/ready"))
        {
            benchTimes.Add(host.Startup.TotalMilliseconds);
        }
    }

    var bench = benchTimes.Order().ElementAt(benchTimes.Count / 2);
    var bare = emptyTimes.Order().ElementAt(emptyTimes.Count / 2);
    return new ScenarioResult($"start-up to ready on the {options.Scale} database (median of {benchTimes.Count})", "≤ 1.2× start-up on an empty database",
        $"{bench:0} ms vs {bare:0} ms", bench / bare, bench / bare <= 1.2);
}

async Task WriteResultsAsync()
{
    var commit = (await Git("rev-parse --short HEAD")).Trim();
    var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First() : "";
    var machine = $"{Environment.ProcessorCount} cores, {memory.Replace("MemTotal:", "", StringComparison.Ordinal).Trim()} RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    var folder = Path.Combine(options.Root, "docs", "benchmarks");
    Directory.CreateDirectory(folder);
    var stamp = DateTimeOffset.UtcNow;
    var json = JsonSerializer.Serialize(new
    {
        machine, date = stamp, commit, provider = options.Provider, scale = options.Scale, lawyers = options.Lawyers,
        seconds = options.Seconds, warmup = options.Warmup, connections = options.Connections, results,
    }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    var name = $"results-{options.Provider.ToLowerInvariant()}-{options.Scale}";
    await File.WriteAllTextAsync(Path.Combine(folder, name + ".json"), json);

    var table = new StringBuilder();
    table.AppendLine($"## {options.Provider}, {options.Scale} scale ({options.Lawyers:N0} demo lawyers)");
    table.AppendLine();
    table.AppendLine($"Run {stamp:yyyy-MM-dd HH:mm} UTC on commit `{commit}`; {machine}. Closed loops: {options.Connections} connections, {options.Warmup} s warm-up excluded, {options.Seconds} s measured. Reproduce: `dotnet pwsh ./build.ps1 bench -Scale {options.Scale} -Provider {options.Provider}`.");
    table.AppendLine();
    table.AppendLine("| scenario | target | measured (product vs baseline) | ratio | result |");
    table.AppendLine("|---|---|---|---|---|");
    foreach (var r in results)
    {
        var verdict = r.Passed switch { true => "pass", false => "**fail**", null => "recorded" };
        table.AppendLine($"| {r.Scenario} | {r.Target} | {r.Measured} | {(r.Ratio is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "")} | {verdict}{(r.Note is null ? "" : ": " + r.Note)} |");
    }

    await File.WriteAllTextAsync(Path.Combine(folder, name + ".md"), table.ToString());

    // results.md gathers the latest run of each provider and scale (each also in its own .md and .json).
    var index = new StringBuilder();
    index.AppendLine("# Benchmark results");
    index.AppendLine();
    index.AppendLine("Written by `build.ps1 bench` (Backend/benchmarks/README.md); every figure is the product's against the raw baseline measured in the same run.");
    index.AppendLine("Why each missed target is missed, and what it would take, is in [analysis.md](analysis.md) (written by hand).");
    foreach (var part in Directory.GetFiles(folder, "results-*.md").Order(StringComparer.Ordinal))
    {
        index.AppendLine();
        index.Append(await File.ReadAllTextAsync(part));
    }

    await File.WriteAllTextAsync(Path.Combine(folder, "results.md"), index.ToString());
    Console.WriteLine();
    Console.WriteLine(table.ToString());
}

static async Task<string> Git(string arguments)
{
    var start = new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, UseShellExecute = false };
    using var process = Process.Start(start)!;
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    return output;
}
