using System.Globalization;

namespace LawyerWork.Benchmarks.Load;

/// <summary>A wrong command line: the message says what, and the tool exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// Parses <c>closed|open|writes|first-byte --option value…</c>. Every run is bounded (at most an hour,
/// 1,024 connections, 100,000 requests a second) and aimed at this machine only: the workplace allows
/// load on loopback addresses and nowhere else, so any other host is refused before a socket opens.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        LawyerWork.Benchmarks.Load: a bounded load generator for services on 127.0.0.1.

          closed     --base URL --connections N --duration S --warmup S --requests FILE [--header "Name: value"]... [--out FILE]
          open       --base URL --rate R [--max-in-flight 512] --connections N --duration S --warmup S --requests FILE [--header ...] [--out FILE]
          writes     --base URL --connections N --duration S --warmup S --ids FILE --path-template /api/registry/lawyers/{id}
                     --body-template '{"name":"{name}",...}' [--header ...] [--out FILE]
          first-byte --base URL --path P [--header ...] [--out FILE]

        Common: --timeout S (per request, default 30). FILE for --requests: one "GET /path?query" (or "/path") a line;
        blank lines and lines starting with # are skipped. See Backend/benchmarks/README.md.
        """;

    public static LoadSettings Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("Name a command: closed, open, writes or first-byte.");
        }

        var mode = args[0] switch
        {
            "closed" => LoadMode.Closed,
            "open" => LoadMode.Open,
            "writes" => LoadMode.Writes,
            "first-byte" => LoadMode.FirstByte,
            _ => throw new UsageException($"Unknown command '{args[0]}': use closed, open, writes or first-byte."),
        };

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var headers = new List<KeyValuePair<string, string>>();
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new UsageException($"Expected '--option value' at '{name}'.");
            }

            var value = args[++i];
            if (name == "--header")
            {
                headers.Add(ParseHeader(value));
            }
            else if (!values.TryAdd(name, value))
            {
                throw new UsageException($"{name} is given twice.");
            }
        }

        var settings = new LoadSettings
        {
            Mode = mode,
            BaseAddress = ParseBase(Take(values, "--base") ?? throw new UsageException("--base is required.")),
            Connections = Int(values, "--connections", mode == LoadMode.FirstByte ? 1 : 16, 1, 1024),
            Duration = Seconds(values, "--duration", 10, 0.1, 3600),
            Warmup = Seconds(values, "--warmup", mode == LoadMode.FirstByte ? 0 : 2, 0, 600),
            Rate = mode == LoadMode.Open ? Number(values, "--rate", null, 0.1, 100_000) : 0,
            MaxInFlight = mode == LoadMode.Open ? Int(values, "--max-in-flight", LoadSettings.DefaultMaxInFlight, 1, 10_000) : LoadSettings.DefaultMaxInFlight,
            RequestTimeout = Seconds(values, "--timeout", 30, 0.1, 600),
            Headers = headers,
            RequestsFile = mode is LoadMode.Closed or LoadMode.Open ? Required(values, "--requests") : null,
            IdsFile = mode == LoadMode.Writes ? Required(values, "--ids") : null,
            BodyTemplate = mode == LoadMode.Writes ? Required(values, "--body-template") : null,
            PathTemplate = mode == LoadMode.Writes ? Required(values, "--path-template") : null,
            Path = mode == LoadMode.FirstByte ? RequiredPath(values, "--path") : null,
            OutFile = Take(values, "--out"),
        };

        if (values.Count > 0)
        {
            throw new UsageException($"{string.Join(", ", values.Keys)}: not an option of '{args[0]}'.");
        }

        if (settings.PathTemplate is { } template && (!template.StartsWith('/') || !template.Contains("{id}", StringComparison.Ordinal)))
        {
            throw new UsageException("--path-template must start with / and contain {id}.");
        }

        if (settings.BodyTemplate is { } body && !body.Contains("{name}", StringComparison.Ordinal))
        {
            throw new UsageException("--body-template must contain {name}.");
        }

        return settings;
    }

    /// <summary>The target: http or https on a loopback address, nothing else.</summary>
    public static Uri ParseBase(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--base '{text}' is not an http(s) URL.");
        }

        if (!uri.IsLoopback)
        {
            throw new UsageException($"--base '{text}' is not a loopback address: load is sent to 127.0.0.1, localhost or [::1] only.");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
    }

    public static KeyValuePair<string, string> ParseHeader(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new UsageException($"--header '{text}' is not 'Name: value'.");
        }

        return new(text[..colon].Trim(), text[(colon + 1)..].Trim());
    }

    private static string? Take(Dictionary<string, string> values, string name) =>
        values.Remove(name, out var value) ? value : null;

    private static string Required(Dictionary<string, string> values, string name) =>
        Take(values, name) ?? throw new UsageException($"{name} is required.");

    private static string RequiredPath(Dictionary<string, string> values, string name)
    {
        var path = Required(values, name);
        return path.StartsWith('/') ? path : throw new UsageException($"{name} must start with /.");
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback, int min, int max) =>
        (int)Number(values, name, fallback, min, max, integer: true);

    private static TimeSpan Seconds(Dictionary<string, string> values, string name, double fallback, double min, double max) =>
        TimeSpan.FromSeconds(Number(values, name, fallback, min, max));

    private static double Number(Dictionary<string, string> values, string name, double? fallback, double min, double max, bool integer = false)
    {
        var text = Take(values, name);
        if (text is null)
        {
            return fallback ?? throw new UsageException($"{name} is required.");
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max || (integer && value != Math.Floor(value)))
        {
            throw new UsageException($"{name} must be {(integer ? "a whole number" : "a number")} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }
}
