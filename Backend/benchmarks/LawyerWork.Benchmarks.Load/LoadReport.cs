using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LawyerWork.Benchmarks.Load;

/// <summary>
/// The result of a closed, open or writes run (Backend/benchmarks/README.md shows one). Latencies are
/// in milliseconds; <see cref="Throughput"/> is answers a second over <see cref="DurationSeconds"/>,
/// the measured time from the end of the warm-up to the last measured answer.
/// </summary>
internal sealed record LoadReport(
    string Command,
    string Target,
    int Connections,
    double? Rate,
    int? MaxInFlight,
    double WarmupSeconds,
    double DurationSeconds,
    long Requests,
    double Throughput,
    LatencySummary LatencyMs,
    long Non2xx,
    long Failures,
    long Dropped,
    long WarmupErrors,
    IReadOnlyDictionary<string, long> Statuses,
    IReadOnlyList<ErrorSample> FirstErrors,
    string StartedAt)
{
    /// <summary>True when every answer, warm-up included, was 2xx and every request was sent and answered.</summary>
    [JsonIgnore]
    public bool Succeeded => Non2xx == 0 && Failures == 0 && Dropped == 0 && WarmupErrors == 0;

    public static LoadReport Create(string command, LoadSettings settings, LatencyRecorder recorder, DateTimeOffset startedAt, long measureFrom, long plannedEnd)
    {
        // The measured window ends with the last measured answer (a closed loop's last requests finish
        // after the planned end); with no answer at all it is the planned duration.
        var end = recorder.LastEnd > measureFrom ? recorder.LastEnd : plannedEnd;
        var seconds = (end - measureFrom) / (double)Stopwatch.Frequency;
        var statuses = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (status, count) in recorder.Statuses)
        {
            statuses[status.ToString(CultureInfo.InvariantCulture)] = count;
        }

        return new LoadReport(
            command,
            settings.BaseAddress.ToString(),
            settings.Connections,
            settings.Mode == LoadMode.Open ? settings.Rate : null,
            settings.Mode == LoadMode.Open ? settings.MaxInFlight : null,
            settings.Warmup.TotalSeconds,
            Math.Round(seconds, 3),
            recorder.Responses,
            seconds > 0 ? Math.Round(recorder.Responses / seconds, 1) : 0,
            recorder.Summary(),
            recorder.Non2xx,
            recorder.Failures,
            recorder.Dropped,
            recorder.WarmupErrors,
            statuses,
            recorder.Samples,
            Timestamp(startedAt));
    }

    /// <summary>UTC, to the millisecond, with a Z (no '+' for the JSON writer to escape).</summary>
    public static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>The result of <c>first-byte</c>: one GET, timed to its headers, its first body byte and its end.</summary>
internal sealed record FirstByteReport(
    string Command,
    string Target,
    string Path,
    int Status,
    string? ContentType,
    double HeadersMs,
    double FirstByteMs,
    double TotalMs,
    long Bytes,
    string? Error,
    string StartedAt)
{
    [JsonIgnore]
    public bool Succeeded => Status is >= 200 and < 300;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(LoadReport))]
[JsonSerializable(typeof(FirstByteReport))]
internal sealed partial class LoadJson : JsonSerializerContext
{
    public static string Serialize(LoadReport report) => JsonSerializer.Serialize(report, Default.LoadReport);

    public static string Serialize(FirstByteReport report) => JsonSerializer.Serialize(report, Default.FirstByteReport);
}
