using System.Text.Json;

namespace LawyerWork.Benchmarks.Runner;

/// <summary>The figures of one load-generator run (its JSON, README.md "Output").</summary>
public sealed record LoadFigures(double Throughput, double P50, double P95, double P99, double Max, long Requests, long Non2xx, long Failures, long Dropped)
{
    public bool Clean => Non2xx == 0 && Failures == 0;
}

public sealed record FirstByteFigures(int Status, double FirstByteMs, double TotalMs, long Bytes);

/// <summary>Runs LawyerWork.Benchmarks.Load as its own process (so it competes for the cores as a real client would) and reads its JSON.</summary>
public sealed class LoadTool(string dll, string folder)
{
    private int runs;

    public async Task<LoadFigures> RunAsync(string command, Uri target, IEnumerable<string> arguments, IEnumerable<string> headers)
    {
        var output = Path.Combine(folder, $"load-{Interlocked.Increment(ref runs):000}-{command}.json");
        var all = new List<string> { command, "--base", target.ToString().TrimEnd('/'), "--out", output };
        all.AddRange(arguments);
        foreach (var header in headers)
        {
            all.Add("--header");
            all.Add(header);
        }

        var (code, text) = await BenchProcess.RunAsync(dll, all);
        if (!File.Exists(output))
        {
            throw new InvalidOperationException($"The load generator wrote no result ({code}):\n{text}");
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var root = json.RootElement;
        var latency = root.GetProperty("latencyMs");
        var figures = new LoadFigures(
            root.GetProperty("throughput").GetDouble(), latency.GetProperty("p50").GetDouble(), latency.GetProperty("p95").GetDouble(),
            latency.GetProperty("p99").GetDouble(), latency.GetProperty("max").GetDouble(), root.GetProperty("requests").GetInt64(),
            root.GetProperty("non2xx").GetInt64(), root.GetProperty("failures").GetInt64(), root.GetProperty("dropped").GetInt64());

        // An open loop offers a fixed rate: a server that cannot keep up leaves requests unsent (dropped
        // at the in-flight cap), which is its result, not a broken run. Answers other than 2xx always are.
        var acceptable = figures.Clean && (code == 0 || (command == "open" && figures.Dropped > 0));
        if (!acceptable)
        {
            // Any answer but 2xx fails the run (issue #11): the figures of a failing server mean nothing.
            throw new InvalidOperationException($"{command} against {target} had non-2xx answers or failures: {root.GetProperty("firstErrors")}");
        }

        return figures;
    }

    public async Task<FirstByteFigures> FirstByteAsync(Uri target, string path, IEnumerable<string> headers)
    {
        var output = Path.Combine(folder, $"load-{Interlocked.Increment(ref runs):000}-first-byte.json");
        var all = new List<string> { "first-byte", "--base", target.ToString().TrimEnd('/'), "--path", path, "--out", output };
        foreach (var header in headers)
        {
            all.Add("--header");
            all.Add(header);
        }

        var (code, text) = await BenchProcess.RunAsync(dll, all);
        if (code != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"first-byte {path} failed ({code}):\n{text}");
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var root = json.RootElement;
        return new FirstByteFigures(root.GetProperty("status").GetInt32(), root.GetProperty("firstByteMs").GetDouble(), root.GetProperty("totalMs").GetDouble(), root.GetProperty("bytes").GetInt64());
    }
}
