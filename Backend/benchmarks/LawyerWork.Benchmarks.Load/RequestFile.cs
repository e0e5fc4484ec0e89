using System.Net;

namespace LawyerWork.Benchmarks.Load;

/// <summary>
/// One line of a requests file, resolved once against the base address: each send only wraps the
/// ready <see cref="Uri"/> and headers in a new message (an <see cref="HttpRequestMessage"/> cannot be sent twice).
/// </summary>
internal sealed class LoadRequest(HttpMethod method, string path, Uri uri, IReadOnlyList<KeyValuePair<string, string>> headers)
{
    public HttpMethod Method { get; } = method;

    public string Path { get; } = path;

    public Uri Uri { get; } = uri;

    public HttpRequestMessage Build()
    {
        var message = new HttpRequestMessage(Method, Uri)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        for (var i = 0; i < headers.Count; i++)
        {
            message.Headers.TryAddWithoutValidation(headers[i].Key, headers[i].Value);
        }

        return message;
    }
}

/// <summary>Reads a requests file: one <c>GET /path?query</c> (or just <c>/path?query</c>) a line; # starts a comment line.</summary>
internal static class RequestFile
{
    public static IReadOnlyList<LoadRequest> Read(string file, Uri baseAddress, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"The requests file '{file}' does not exist.");
        }

        return Parse(File.ReadAllLines(file), baseAddress, headers);
    }

    public static IReadOnlyList<LoadRequest> Parse(IReadOnlyList<string> lines, Uri baseAddress, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var requests = new List<LoadRequest>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var (method, path) = parts switch
            {
                [var only] => ("GET", only),
                [var verb, var target] => (verb, target),
                _ => throw new UsageException($"Line {i + 1}: expected 'GET /path', got '{line}'."),
            };

            // Reads only: the writes command is the one that changes data, with If-Match.
            if (!string.Equals(method, "GET", StringComparison.Ordinal))
            {
                throw new UsageException($"Line {i + 1}: only GET is supported in a requests file (use the writes command for PUT), got '{method}'.");
            }

            if (!path.StartsWith('/'))
            {
                throw new UsageException($"Line {i + 1}: the path must start with /, got '{path}'.");
            }

            requests.Add(new LoadRequest(HttpMethod.Get, path, new Uri(baseAddress, path), headers));
        }

        return requests.Count > 0 ? requests : throw new UsageException("The requests file holds no request.");
    }
}
