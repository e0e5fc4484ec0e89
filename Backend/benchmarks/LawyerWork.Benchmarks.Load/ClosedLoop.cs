using System.Diagnostics;

namespace LawyerWork.Benchmarks.Load;

/// <summary>
/// N workers, each sending its next request as soon as the previous one was answered: the server's
/// throughput at N concurrent clients. Its latencies are service times only — a worker that waits for
/// a slow answer sends nothing meanwhile, so a stall hides the requests it held back (coordinated
/// omission); use the open loop for latency under a given load.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<LoadReport> RunAsync(LoadSettings settings, IReadOnlyList<LoadRequest> requests, CancellationToken cancellationToken)
    {
        using var client = LoopbackClient.Create(settings.BaseAddress, settings.Connections, settings.RequestTimeout);
        var startedAt = DateTimeOffset.UtcNow;
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + Ticks(settings.Warmup);
        var stopAt = measureFrom + Ticks(settings.Duration);
        var next = new RoundRobin(requests.Count);

        var workers = new Task<LatencyRecorder>[settings.Connections];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(() => WorkerAsync(client, requests, next, measureFrom, stopAt, cancellationToken), cancellationToken);
        }

        var recorders = await Task.WhenAll(workers);
        var total = new LatencyRecorder(measureFrom);
        foreach (var recorder in recorders)
        {
            total.Add(recorder);
        }

        return LoadReport.Create("closed", settings, total, startedAt, measureFrom, stopAt);
    }

    public static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static async Task<LatencyRecorder> WorkerAsync(
        HttpClient client, IReadOnlyList<LoadRequest> requests, RoundRobin next, long measureFrom, long stopAt, CancellationToken cancellationToken)
    {
        var recorder = new LatencyRecorder(measureFrom);
        var buffer = new byte[16 * 1024];
        while (!cancellationToken.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            if (start >= stopAt)
            {
                break;
            }

            var request = requests[next.Next()];
            var outcome = await Exchange.SendAsync(client, request.Build(), buffer, wantETag: false, cancellationToken);
            var end = Stopwatch.GetTimestamp();
            if (start >= measureFrom)
            {
                recorder.Record("GET", request.Path, outcome, start, end);
            }
            else
            {
                recorder.RecordWarmup("GET", request.Path, outcome, end);
            }
        }

        return recorder;
    }
}

/// <summary>Hands out the lines of a requests file in turn to whichever worker asks (lock-free).</summary>
internal sealed class RoundRobin(int count)
{
    private long position = -1;

    public int Next() => (int)((ulong)Interlocked.Increment(ref position) % (ulong)count);
}
