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
var environment = secrets.HostEnvironment(options.Provider, database.Connection, checkpoints);
environment["Database__MigrateOnStart"] = "false";
var results = new List<ScenarioResult>();
bool Wanted(string name) => options.Scenario is null || options.Scenario == name;

Report("Starting the raw baseline and the product over https on loopback");
await using (var baseline = await BenchProcess.StartAsync(baselineDll,
    ["--provider", options.Provider, "--connection", database.Connection, "--cert", secrets.CertificatePath, "--cert-password", secrets.CertificatePassword, "--scope-region", "220000"],
    new Dictionary<string, string>(), "/api/registry/lawyers?pageSize=1"))
await using (var product = await BenchProcess.StartAsync(hostDll, [], environment, "/health/ready"))
{
    Report($"Product ready in {product.Startup.TotalSeconds:0.0} s; baseline in {baseline.Startup.TotalSeconds:0.0} s");
    var account = database.Accounts.First(a => a.Role == "provincial-officer");

    // A fresh session for each authenticated run: the load generator replays one cookie and never takes
    // the renewed one, so after Identity's one-minute stamp interval every request would re-validate the
    // user against the database — a cost a browser, which keeps the renewed cookie, does not pay.
    var scenarios = new Scenarios(options, database, product, baseline, new LoadTool(loadDll, run),
        () => Session.SignInAsync(product.Address, account.User, account.Password), run);
    results.AddRange(await scenarios.RunAsync(Wanted, Report));
    if (Wanted("startup"))
    {
        results.Add(await StartupAsync(product.Startup));
    }
}

results.Add(ScenarioResult.NotRun("bulk import of 100,000 lawyers (dry run and commit)", "recorded", "not yet a bench scenario"));
results.Add(ScenarioResult.NotRun("micro-benchmarks of the validators and the mapping (BenchmarkDotNet)", "recorded", "not yet built"));
await WriteResultsAsync();
return results.Any(r => r.Passed == false) ? 1 : 0;

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
