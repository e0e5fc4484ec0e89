using System.Buffers;
using System.Diagnostics;

namespace LawyerWork.Benchmarks.Load;

/// <summary>
/// A fixed arrival rate: request i is due at start + i / rate whatever happened to the requests before
/// it, as when many independent users each send one request. When the server stalls, requests keep
/// falling due, wait for a connection or for the server, and their latency includes that wait.
/// </summary>
/// <remarks>
/// Coordinated omission: a load generator that sends the next request only after the previous answer
/// (a closed loop, wrk, ab) politely stops offering load exactly when the server is slow, so the slow
/// period contributes one long sample instead of the many a real population of users would have
/// suffered, and the high percentiles look far better than they are. This loop instead measures every
/// latency from the request's intended start on the schedule, not from when it could actually be sent:
/// a request that sat 400 ms behind a stall reports those 400 ms. HdrHistogram's
/// <c>RecordValueWithExpectedInterval</c> is the other correction: it back-fills the samples a closed
/// loop skipped by assuming they were evenly spaced. That is an estimate for closed loops; here the
/// intended start of every real request is known, so the exact measure is used and nothing is synthesised.
/// A request is sent up to a millisecond early when its due time is that close (timers are no finer);
/// its latency then counts from the actual send, so early sends never shorten a latency.
/// </remarks>
internal static class OpenLoop
{
    public static async Task<LoadReport> RunAsync(LoadSettings settings, IReadOnlyList<LoadRequest> requests, CancellationToken cancellationToken)
    {
        using var client = LoopbackClient.Create(settings.BaseAddress, settings.Connections, settings.RequestTimeout);
        var startedAt = DateTimeOffset.UtcNow;
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + ClosedLoop.Ticks(settings.Warmup);
        var stopAt = measureFrom + ClosedLoop.Ticks(settings.Duration);
        var interval = Stopwatch.Frequency / settings.Rate;
        var recorder = new LatencyRecorder(measureFrom);
        var state = new InFlight();

        for (long i = 0; !cancellationToken.IsCancellationRequested; i++)
        {
            var due = start + (long)(i * interval);
            if (due >= stopAt)
            {
                break;
            }

            var wait = (due - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency;
            if (wait >= 1)
            {
                await Task.Delay((int)wait, cancellationToken).ConfigureAwait(false);
            }

            var request = requests[(int)(i % requests.Count)];
            if (Volatile.Read(ref state.Count) >= settings.MaxInFlight)
            {
                lock (recorder)
                {
                    if (due >= measureFrom)
                    {
                        recorder.RecordDropped("GET", request.Path, due);
                    }
                    else
                    {
                        recorder.RecordWarmup("GET", request.Path, new Outcome(0, "dropped: the in-flight cap was reached"), due);
                    }
                }

                continue;
            }

            Interlocked.Increment(ref state.Count);
            _ = SendAsync(client, request, due, measureFrom, recorder, state, cancellationToken);
        }

        // Bounded drain: what is still in flight gets its timeout, then the run ends regardless.
        var deadline = Stopwatch.GetTimestamp() + ClosedLoop.Ticks(settings.RequestTimeout + TimeSpan.FromSeconds(1));
        while (Volatile.Read(ref state.Count) > 0 && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(5, CancellationToken.None).ConfigureAwait(false);
        }

        lock (recorder)
        {
            return LoadReport.Create("open", settings, recorder, startedAt, measureFrom, stopAt);
        }
    }

    private static async Task SendAsync(
        HttpClient client, LoadRequest request, long due, long measureFrom, LatencyRecorder recorder, InFlight state, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            await Task.Yield();
            var sent = Stopwatch.GetTimestamp();
            var outcome = await Exchange.SendAsync(client, request.Build(), buffer, wantETag: false, cancellationToken).ConfigureAwait(false);
            var end = Stopwatch.GetTimestamp();
            lock (recorder)
            {
                if (due >= measureFrom)
                {
                    recorder.Record("GET", request.Path, outcome, Math.Min(due, sent), end);
                }
                else
                {
                    recorder.RecordWarmup("GET", request.Path, outcome, end);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Interlocked.Decrement(ref state.Count);
        }
    }

    private sealed class InFlight
    {
        public int Count;
    }
}
