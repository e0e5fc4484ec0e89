using System.Net.Http.Json;
using LawyerWork.Access;

namespace LawyerWork.IntegrationTests.Infrastructure;

/// <summary>
/// What a browser keeps between requests, carried by hand so that one session can be taken from one
/// host to another: the cookies it was given, and the readable antiforgery cookie echoed as X-XSRF-TOKEN.
/// </summary>
public sealed class BrowserSession
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    public async Task<HttpResponseMessage> SendAsync(HttpClient host, HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (cookies.TryGetValue(AccessSetup.ReadableAntiforgeryCookie, out var token))
        {
            request.Headers.Add("X-XSRF-TOKEN", Uri.UnescapeDataString(token));
        }

        var response = await host.SendAsync(request);
        foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
        {
            var pair = cookie.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }

        return response;
    }
}
