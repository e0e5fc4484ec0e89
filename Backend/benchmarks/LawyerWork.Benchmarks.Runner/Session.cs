using System.Net;
using System.Net.Http.Json;

namespace LawyerWork.Benchmarks.Runner;

/// <summary>A demo provincial officer signed in as the SPA does (session cookie, antiforgery token), as headers the load generator repeats.</summary>
public sealed class Session
{
    private Session(string cookie, string xsrf)
    {
        Headers = [$"Cookie: {cookie}", $"X-XSRF-TOKEN: {xsrf}"];
        Cookie = cookie;
        Xsrf = xsrf;
    }

    public IReadOnlyList<string> Headers { get; }

    private string Cookie { get; }

    private string Xsrf { get; }

    public void Apply(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("Cookie", Cookie);
        request.Headers.TryAddWithoutValidation("X-XSRF-TOKEN", Xsrf);
    }

    public static async Task<Session> SignInAsync(Uri host, string userName, string password)
    {
        var cookies = new CookieContainer();
        using var client = Loopback.Client(host, TimeSpan.FromSeconds(30), cookies);
        (await client.GetAsync("/api/auth/antiforgery")).EnsureSuccessStatusCode();
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-in") { Content = JsonContent.Create(new { userName, password }) };
        signIn.Headers.Add("X-XSRF-TOKEN", Token(cookies, host));
        var answer = await client.SendAsync(signIn);
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in {userName} failed: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        }

        // The token is bound to the user: fetch it again after signing in.
        (await client.GetAsync("/api/auth/antiforgery")).EnsureSuccessStatusCode();
        return new Session(cookies.GetCookieHeader(host), Token(cookies, host));
    }

    private static string Token(CookieContainer cookies, Uri host) =>
        cookies.GetCookies(host)["XSRF-TOKEN"]?.Value ?? throw new InvalidOperationException("No XSRF-TOKEN cookie was issued.");
}
