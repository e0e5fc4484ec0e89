using System.Diagnostics;
using HdrHistogram;

namespace LawyerWork.Benchmarks.Load;

/// <summary>One failed exchange, kept among the first few for the report.</summary>
internal sealed record ErrorSample(int Status, string Method, string Path, string? Error, double AtSecond);

/// <summary>
/// Latencies (µs, in an HdrHistogram with 3 significant digits: ±0.1 % at any magnitude up to an hour)
/// and counts of one worker, or of a whole run once merged. Not thread-safe: each closed-loop worker
/// owns one; the open loop locks its single one.
/// </summary>
internal sealed class LatencyRecorder
{
    public const int MaxSamples = 10;
    private const long HighestMicroseconds = 3_600_000_000;

    private readonly Dictionary<int, long> statuses = [];
    private readonly List<ErrorSample> samples = [];

    public LatencyRecorder(long origin) => Origin = origin;

    /// <summary>The timestamp that report times (a sample's second) are counted from: the measurement's start.</summary>
    public long Origin { get; }

    public LongHistogram Histogram { get; } = new(1, HighestMicroseconds, 3);

    /// <summary>Answers received (any status) inside the measurement.</summary>
    public long Responses { get; private set; }

    public long Non2xx { get; private set; }

    /// <summary>Exchanges that got no answer: refused connection, reset, timeout.</summary>
    public long Failures { get; private set; }

    /// <summary>Open loop: requests not sent because the in-flight cap was reached.</summary>
    public long Dropped { get; private set; }

    /// <summary>Answers that were not 2xx, or exchanges that failed, during the warm-up: not in the figures, but the run still fails.</summary>
    public long WarmupErrors { get; private set; }

    public long MaxMicroseconds { get; private set; }

    /// <summary>The last measured exchange's end (Stopwatch timestamp); the origin when there was none.</summary>
    public long LastEnd { get; private set; }

    public IReadOnlyDictionary<int, long> Statuses => statuses;

    public IReadOnlyList<ErrorSample> Samples => samples;

    public static long Microseconds(long fromTimestamp, long toTimestamp) =>
        Math.Max(0, (toTimestamp - fromTimestamp) * 1_000_000 / Stopwatch.Frequency);

    public void Record(string method, string path, Outcome outcome, long start, long end)
    {
        LastEnd = Math.Max(LastEnd, end);
        if (outcome.Status == 0)
        {
            Failures++;
            Sample(outcome.Status, method, path, outcome.Error, end);
            return;
        }

        var micros = Math.Min(Microseconds(start, end), HighestMicroseconds);
        RecordLatency(micros);
        Responses++;
        statuses[outcome.Status] = statuses.GetValueOrDefault(outcome.Status) + 1;
        if (!outcome.IsSuccess)
        {
            Non2xx++;
            Sample(outcome.Status, method, path, outcome.Error, end);
        }
    }

    public void RecordWarmup(string method, string path, Outcome outcome, long end)
    {
        if (!outcome.IsSuccess)
        {
            WarmupErrors++;
            Sample(outcome.Status, method, path, outcome.Error, end);
        }
    }

    public void RecordLatency(long micros)
    {
        Histogram.RecordValue(Math.Max(1, micros));
        MaxMicroseconds = Math.Max(MaxMicroseconds, micros);
    }

    public void RecordDropped(string method, string path, long at)
    {
        Dropped++;
        Sample(0, method, path, "dropped: the in-flight cap was reached", at);
    }

    /// <summary>Adds another recorder's figures (used to combine the workers after a run).</summary>
    public void Add(LatencyRecorder other)
    {
        Histogram.Add(other.Histogram);
        Responses += other.Responses;
        Non2xx += other.Non2xx;
        Failures += other.Failures;
        Dropped += other.Dropped;
        WarmupErrors += other.WarmupErrors;
        MaxMicroseconds = Math.Max(MaxMicroseconds, other.MaxMicroseconds);
        LastEnd = Math.Max(LastEnd, other.LastEnd);
        foreach (var (status, count) in other.statuses)
        {
            statuses[status] = statuses.GetValueOrDefault(status) + count;
        }

        samples.AddRange(other.samples);
        samples.Sort((a, b) => a.AtSecond.CompareTo(b.AtSecond));
        if (samples.Count > MaxSamples)
        {
            samples.RemoveRange(MaxSamples, samples.Count - MaxSamples);
        }
    }

    public LatencySummary Summary()
    {
        if (Histogram.TotalCount == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0, 0, 0);
        }

        return new LatencySummary(
            Milliseconds(Histogram.GetValueAtPercentile(50)),
            Milliseconds(Histogram.GetValueAtPercentile(90)),
            Milliseconds(Histogram.GetValueAtPercentile(95)),
            Milliseconds(Histogram.GetValueAtPercentile(99)),
            Milliseconds(Histogram.GetValueAtPercentile(99.9)),
            Milliseconds(MaxMicroseconds),
            Math.Round(Histogram.GetMean() / 1000.0, 3),
            Histogram.TotalCount);
    }

    private static double Milliseconds(long micros) => Math.Round(micros / 1000.0, 3);

    private void Sample(int status, string method, string path, string? error, long at)
    {
        if (samples.Count < MaxSamples)
        {
            // Negative seconds: during the warm-up.
            samples.Add(new ErrorSample(status, method, path, error, Math.Round((at - Origin) / (double)Stopwatch.Frequency, 3)));
        }
    }
}

/// <summary>Latency percentiles in milliseconds; <see cref="Count"/> is how many latencies they summarise.</summary>
internal sealed record LatencySummary(double P50, double P90, double P95, double P99, double P999, double Max, double Mean, long Count);
