using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LawyerWork.Benchmarks.Micro;

// Micro-benchmarks (issue #11). In process: BenchmarkDotNet's default toolchain generates, restores and
// builds a project per run, which is slow and needs the package feed. Short job by default (3 warm-up and
// 10 measured iterations of 100 ms); --full for BenchmarkDotNet's default job. README.md beside this folder.
var options = MicroOptions.Parse(args);

// Messages are Bilingual: measure the Chinese ones, which staff get.
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

var job = (options.Full
        ? Job.Default.WithId("full")
        : Job.Default.WithId("short").WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100)))
    .WithToolchain(InProcessEmitToolchain.Instance)
    .AsDefault();
var config = DefaultConfig.Instance
    .AddJob(job)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithArtifactsPath(options.Artifacts)
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared, BenchmarkDotNet.Order.MethodOrderPolicy.Declared))
    .WithOptions(ConfigOptions.JoinSummary);

var watch = Stopwatch.StartNew();
if (!options.BenchmarkArgs.Any(a => a.StartsWith("--list", StringComparison.Ordinal) || a is "--help" or "-h" or "--version"))
{
    Console.WriteLine($"JIT warm-up: {JitWarmup.Run(typeof(MicroOptions).Assembly).TotalSeconds:0.0} s");
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroOptions).Assembly).Run(options.BenchmarkArgs, config).ToList();
var reports = summaries.SelectMany(s => s.Reports).ToList();
var failed = summaries.Any(s => s.HasCriticalValidationErrors) || reports.Exists(r => !r.Success || r.ResultStatistics is null);
Console.WriteLine($"Micro-benchmarks: {reports.Count} measured, {reports.Count(r => !r.Success || r.ResultStatistics is null)} failed, {watch.Elapsed.TotalSeconds:0} s; reports in {options.Artifacts}");

if (options.Summary is { } summaryPath)
{
    Directory.CreateDirectory(Path.GetDirectoryName(summaryPath)!);
    await File.WriteAllTextAsync(summaryPath, SummaryTable.Markdown(summaries, job.Id));
    Console.WriteLine($"Summary table: {summaryPath}");
}

// --list and --help run nothing and are not failures; a filter that matches nothing is (a renamed benchmark).
var listedOnly = options.BenchmarkArgs.Any(a => a.StartsWith("--list", StringComparison.Ordinal) || a is "--help" or "-h" or "--version");
return failed || (reports.Count == 0 && !listedOnly) ? 1 : 0;
