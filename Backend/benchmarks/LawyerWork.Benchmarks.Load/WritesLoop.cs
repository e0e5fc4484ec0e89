using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LawyerWork.Benchmarks.Load;

/// <summary>
/// Closed-loop updates with optimistic concurrency: <c>PUT</c> with <c>If-Match</c>, one request per
/// operation. Each worker owns a disjoint slice of the ids, so workers never race each other for a
/// version and a 412 means the server lost or skipped a version: it counts as an error. The ETags are
/// learned by one GET per id before the clock starts; afterwards each answer's ETag is the next If-Match.
/// </summary>
internal static class WritesLoop
{
    /// <summary>Valid names (2 to 50 characters) to cycle through, so that every update really changes the record.</summary>
    public static readonly string[] Names = ["张甲", "张乙", "张丙", "张丁", "张戊", "张己", "张庚", "张辛"];

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static IReadOnlyList<Guid> ReadIds(string file)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"The ids file '{file}' does not exist.");
        }

        var ids = new List<Guid>();
        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            ids.Add(Guid.TryParse(line, out var id) ? id : throw new UsageException($"'{line}' in {file} is not an id."));
        }

        return ids.Count > 0 ? ids : throw new UsageException($"{file} holds no id.");
    }

    public static async Task<LoadReport> RunAsync(LoadSettings settings, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var workerCount = Math.Min(settings.Connections, ids.Count);
        using var client = LoopbackClient.Create(settings.BaseAddress, workerCount, settings.RequestTimeout);
        var template = new Template(settings.BodyTemplate!);
        var workers = new Worker[workerCount];
        for (var w = 0; w < workerCount; w++)
        {
            var owned = new List<Guid>();
            for (var i = w; i < ids.Count; i += workerCount)
            {
                owned.Add(ids[i]);
            }

            workers[w] = new Worker(w, client, settings, owned.ToArray(), template);
        }

        // Not timed: each worker learns its records' current versions.
        var ready = new Task<string?>[workerCount];
        for (var w = 0; w < workerCount; w++)
        {
            ready[w] = workers[w].LearnVersionsAsync(cancellationToken);
        }

        foreach (var problem in await Task.WhenAll(ready))
        {
            if (problem is not null)
            {
                throw new UsageException("Before the run: " + problem);
            }
        }

        var startedAt = DateTimeOffset.UtcNow;
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + ClosedLoop.Ticks(settings.Warmup);
        var stopAt = measureFrom + ClosedLoop.Ticks(settings.Duration);
        var runs = new Task<LatencyRecorder>[workerCount];
        for (var w = 0; w < workerCount; w++)
        {
            var worker = workers[w];
            runs[w] = Task.Run(() => worker.RunAsync(measureFrom, stopAt, cancellationToken), cancellationToken);
        }

        var total = new LatencyRecorder(measureFrom);
        foreach (var recorder in await Task.WhenAll(runs))
        {
            total.Add(recorder);
        }

        var adjusted = settings with { Connections = workerCount };
        return LoadReport.Create("writes", adjusted, total, startedAt, measureFrom, stopAt);
    }

    /// <summary>The body template: <c>{name}</c> (and <c>{id}</c>, if present) replaced; pre-encoded per name when it has no <c>{id}</c>.</summary>
    internal sealed class Template
    {
        private readonly string text;
        private readonly byte[][]? perName;

        public Template(string text)
        {
            this.text = text;
            if (!text.Contains("{id}", StringComparison.Ordinal))
            {
                perName = new byte[Names.Length][];
                for (var i = 0; i < Names.Length; i++)
                {
                    perName[i] = Encoding.UTF8.GetBytes(text.Replace("{name}", Names[i], StringComparison.Ordinal));
                }
            }
        }

        public byte[] Body(int nameIndex, Guid id) => perName is not null
            ? perName[nameIndex]
            : Encoding.UTF8.GetBytes(text.Replace("{name}", Names[nameIndex], StringComparison.Ordinal).Replace("{id}", id.ToString(), StringComparison.Ordinal));
    }

    private sealed class Worker(int index, HttpClient client, LoadSettings settings, Guid[] ids, Template template)
    {
        private readonly Uri[] uris = Array.ConvertAll(ids, id => new Uri(settings.BaseAddress, settings.PathTemplate!.Replace("{id}", id.ToString(), StringComparison.Ordinal)));
        private readonly string[] paths = Array.ConvertAll(ids, id => settings.PathTemplate!.Replace("{id}", id.ToString(), StringComparison.Ordinal));
        private readonly string?[] etags = new string?[ids.Length];
        private readonly byte[] buffer = new byte[16 * 1024];

        public async Task<string?> LearnVersionsAsync(CancellationToken cancellationToken)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                var problem = await RefreshAsync(i, cancellationToken);
                if (problem is not null)
                {
                    return problem;
                }
            }

            return null;
        }

        public async Task<LatencyRecorder> RunAsync(long measureFrom, long stopAt, CancellationToken cancellationToken)
        {
            var recorder = new LatencyRecorder(measureFrom);
            for (long k = 0; !cancellationToken.IsCancellationRequested; k++)
            {
                var start = Stopwatch.GetTimestamp();
                if (start >= stopAt)
                {
                    break;
                }

                var i = (int)(k % ids.Length);
                // Each visit to a record moves its name on by one, so consecutive updates always differ.
                var name = (int)((k / ids.Length + i + index) % Names.Length);
                var request = Request(HttpMethod.Put, i);
                request.Headers.TryAddWithoutValidation("If-Match", etags[i]);
                request.Content = new ByteArrayContent(template.Body(name, ids[i]));
                request.Content.Headers.ContentType = Json;
                var outcome = await Exchange.SendAsync(client, request, buffer, wantETag: true, cancellationToken);
                var end = Stopwatch.GetTimestamp();
                if (start >= measureFrom)
                {
                    recorder.Record("PUT", paths[i], outcome, start, end);
                }
                else
                {
                    recorder.RecordWarmup("PUT", paths[i], outcome, end);
                }

                if (outcome.IsSuccess && outcome.ETag is not null)
                {
                    etags[i] = outcome.ETag;
                }
                else if (outcome.Status is (int)HttpStatusCode.PreconditionFailed or >= 200 and < 300)
                {
                    // Stale (or no ETag came back): learn the version again, untimed, and go on.
                    await RefreshAsync(i, cancellationToken);
                }
            }

            return recorder;
        }

        private async Task<string?> RefreshAsync(int i, CancellationToken cancellationToken)
        {
            var outcome = await Exchange.SendAsync(client, Request(HttpMethod.Get, i), buffer, wantETag: true, cancellationToken);
            if (!outcome.IsSuccess || outcome.ETag is null)
            {
                return $"GET {paths[i]} answered {(outcome.Status == 0 ? outcome.Error : outcome.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(outcome.IsSuccess ? " without an ETag" : "")}.";
            }

            etags[i] = outcome.ETag;
            return null;
        }

        private HttpRequestMessage Request(HttpMethod method, int i)
        {
            var message = new HttpRequestMessage(method, uris[i]) { Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
            foreach (var (name, value) in settings.Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            return message;
        }
    }
}
