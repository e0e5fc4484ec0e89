using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace LawyerWork.Benchmarks.Load;

/// <summary>
/// One <see cref="SocketsHttpHandler"/> per run, HTTP/1.1, at most <c>connections</c> sockets: in a
/// closed loop each worker then owns a connection, in an open loop requests beyond that wait for one
/// (and that wait is part of their latency, as it would be for a real client).
/// </summary>
internal static class LoopbackClient
{
    public static HttpClient Create(Uri baseAddress, int connections, TimeSpan requestTimeout)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
        };

        // The host and the baseline serve https with a self-signed certificate made for the run, so no
        // chain can validate it. Accepting it is safe only because the target is this machine: loopback
        // traffic never leaves the kernel, so there is no network on which anyone could stand in the
        // middle. CommandLine refuses every non-loopback base, and the check is repeated here so that
        // no future caller can turn it into "accept any certificate anywhere".
        if (baseAddress.Scheme == Uri.UriSchemeHttps && baseAddress.IsLoopback)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = AcceptOnLoopback;
        }

        return new HttpClient(handler)
        {
            BaseAddress = baseAddress,
            Timeout = requestTimeout,
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
    }

    private static bool AcceptOnLoopback(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;
}

/// <summary>What one exchange came to: a status (0 when no answer came) and, for failures, why.</summary>
internal readonly record struct Outcome(int Status, string? Error, string? ETag = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}

internal static class Exchange
{
    /// <summary>Sends, reads and discards the body into <paramref name="buffer"/> (so the server's whole answer is timed), never throws.</summary>
    public static async Task<Outcome> SendAsync(HttpClient client, HttpRequestMessage request, byte[] buffer, bool wantETag, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using (stream.ConfigureAwait(false))
            {
                while (await stream.ReadAsync(buffer, cancellationToken) > 0)
                {
                }
            }

            string? etag = null;
            if (wantETag && response.Headers.TryGetValues("ETag", out var values))
            {
                foreach (var value in values)
                {
                    etag = value;
                    break;
                }
            }

            return new Outcome((int)response.StatusCode, null, etag);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or OperationCanceledException)
        {
            return new Outcome(0, e is TaskCanceledException && !cancellationToken.IsCancellationRequested ? "timeout" : e.GetType().Name + ": " + e.Message);
        }
        finally
        {
            request.Dispose();
        }
    }
}
