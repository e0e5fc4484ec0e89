using System.Diagnostics;
using System.Net;

namespace LawyerWork.Benchmarks.Load;

/// <summary>
/// One GET timed in three steps: the response headers, the first byte of the body, the last byte.
/// For streamed answers (the CSV export) the first byte says how soon a user sees anything; the total
/// says how long the whole set takes. An untimed HEAD of the same path goes first: it opens the
/// connection and runs the client's TLS and HTTP code once, which otherwise adds 100–300 ms of this
/// process's own start-up to the figure (a GET-only endpoint answers it 405 without running its handler).
/// The timed GET then goes over that warm connection.
/// </summary>
internal static class FirstByte
{
    public static async Task<FirstByteReport> RunAsync(LoadSettings settings, CancellationToken cancellationToken)
    {
        using var client = LoopbackClient.Create(settings.BaseAddress, 1, settings.RequestTimeout);
        var path = settings.Path!;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(settings.BaseAddress, path))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        foreach (var (name, value) in settings.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using (var warm = new HttpRequestMessage(HttpMethod.Head, request.RequestUri) { Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionExact })
        {
            foreach (var (name, value) in settings.Headers)
            {
                warm.Headers.TryAddWithoutValidation(name, value);
            }

            await Exchange.SendAsync(client, warm, new byte[1024], wantETag: false, cancellationToken);
        }

        var startedAt = DateTimeOffset.UtcNow;
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var headers = Stopwatch.GetTimestamp();
            var buffer = new byte[64 * 1024];
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            long bytes;
            long firstByte;
            await using (stream.ConfigureAwait(false))
            {
                bytes = await stream.ReadAsync(buffer, cancellationToken);
                firstByte = Stopwatch.GetTimestamp();
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    bytes += read;
                }
            }

            var end = Stopwatch.GetTimestamp();
            return new FirstByteReport(
                "first-byte", settings.BaseAddress.ToString(), path, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString(),
                Ms(start, headers), Ms(start, firstByte), Ms(start, end), bytes, null, LoadReport.Timestamp(startedAt));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            var end = Stopwatch.GetTimestamp();
            return new FirstByteReport(
                "first-byte", settings.BaseAddress.ToString(), path, 0, null, 0, 0, Ms(start, end), 0, e.GetType().Name + ": " + e.Message,
                LoadReport.Timestamp(startedAt));
        }
    }

    private static double Ms(long from, long to) => Math.Round(LatencyRecorder.Microseconds(from, to) / 1000.0, 3);
}
