using System.Net;

namespace LawyerWork.Benchmarks.Baseline;

internal enum BaselineProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The baseline's command line. It listens on loopback only: it serves the register with no
/// authentication at all, which is tolerable for a benchmark on this machine and nowhere else.
/// </summary>
internal sealed record BaselineOptions(
    BaselineProvider Provider,
    string ConnectionString,
    IReadOnlyList<Uri> Urls,
    string? CertificatePath,
    string? CertificatePassword,
    string? ScopeRegion)
{
    public const string Usage = """
        LawyerWork.Benchmarks.Baseline --provider Sqlite|PostgreSql --connection "..." --urls https://127.0.0.1:5443[;...]
                                       --cert server.pfx --cert-password PW [--scope-region 220000]
        --scope-region applies the product's region data scope (a code range) to the staff endpoints, as the
        product does for a caller scoped to that region; without it the staff endpoints see the whole register.
        """;

    public static BaselineOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--option value' at '{args[i]}'.");
            }

            values[args[i]] = args[++i];
        }

        var provider = values.GetValueOrDefault("--provider") switch
        {
            "Sqlite" => BaselineProvider.Sqlite,
            "PostgreSql" => BaselineProvider.PostgreSql,
            var other => throw new ArgumentException($"--provider must be Sqlite or PostgreSql, not '{other}'."),
        };
        var connection = values.GetValueOrDefault("--connection") is { Length: > 0 } c ? c : throw new ArgumentException("--connection is required.");
        var urls = (values.GetValueOrDefault("--urls") ?? "https://127.0.0.1:5443")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ParseUrl)
            .ToList();
        var certificate = values.GetValueOrDefault("--cert");
        if (urls.Any(u => u.Scheme == Uri.UriSchemeHttps) && certificate is null)
        {
            throw new ArgumentException("An https URL needs --cert (a PFX file) and --cert-password.");
        }

        var scope = values.GetValueOrDefault("--scope-region");
        if (scope is not null && (scope.Length != 6 || !scope.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("--scope-region must be a six-digit region code.");
        }

        return new BaselineOptions(provider, connection, urls, certificate, values.GetValueOrDefault("--cert-password"), scope);
    }

    public static IPAddress LoopbackAddress(Uri url) =>
        url.IsLoopback
            ? (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) ? address : IPAddress.Loopback)
            : throw new ArgumentException($"{url}: the baseline listens on loopback addresses only.");

    private static Uri ParseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && !url.IsDefaultPort
            ? url
            : throw new ArgumentException($"--urls: '{text}' is not an http(s) URL with a port.");
}
