using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using LawyerWork.Access;
using LawyerWork.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.IntegrationTests.Access;

/// <summary>Real accounts and real sign-ins against the host: cookies, antiforgery tokens, TOTP codes, bearer tokens.</summary>
public sealed class AccessDriver(LawyerWorkFactory factory)
{
    public const string Password = "Correct-Horse-9-Battery";

    public async Task<AccessUser> CreateUserAsync(string userName, string role, string scope, string password = Password)
    {
        using var services = factory.Services.CreateScope();
        var users = services.ServiceProvider.GetRequiredService<UserManager<AccessUser>>();
        var user = new AccessUser { Id = Guid.CreateVersion7(), UserName = userName, DisplayName = userName, Role = role, DataScope = scope, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, password);
        Assert.That(result.Succeeded, Is.True, string.Join(", ", result.Errors.Select(e => e.Code)));
        return user;
    }

    /// <summary>A browser-like client: keeps cookies and echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN.</summary>
    public HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    public static async Task<string> AntiforgeryAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/api/auth/antiforgery");
        Assert.That((int)response.StatusCode, Is.EqualTo(204));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        return Uri.UnescapeDataString(cookie.Split(';')[0]["XSRF-TOKEN=".Length..]);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, object body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Add("X-XSRF-TOKEN", token);
        }

        return await browser.SendAsync(request);
    }

    public static async Task<(HttpResponseMessage Response, string Token)> SignInAsync(HttpClient browser, string userName, string password = Password)
    {
        var token = await AntiforgeryAsync(browser);
        var response = await PostAsync(browser, "/api/auth/sign-in", new { userName, password }, token);
        if (response.IsSuccessStatusCode)
        {
            token = ReadIssuedToken(response) ?? token;
        }

        return (response, token);
    }

    public static string? ReadIssuedToken(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)).Select(c => Uri.UnescapeDataString(c.Split(';')[0]["XSRF-TOKEN=".Length..])).LastOrDefault()
            : null;

    /// <summary>RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) over the base32 key Identity issued: what an authenticator app computes.</summary>
    public static string Totp(string base32Key, DateTimeOffset? at = null)
    {
        var key = Base32(base32Key);
        var counter = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.TrimEnd('=').ToUpperInvariant().Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }

    public static async Task<string> TokenAsync(HttpClient client, string clientId, string secret, string scope)
    {
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public static HttpRequestMessage WithBearer(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
