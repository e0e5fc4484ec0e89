using System.Net;
using LawyerWork.IntegrationTests.Infrastructure;

namespace LawyerWork.IntegrationTests.Access;

public sealed class RateLimitTests
{
    [Test]
    public async Task Sign_in_attempts_over_the_limit_get_a_429_problem_with_retry_after()
    {
        using var factory = new LawyerWorkFactory(settings: new Dictionary<string, string?> { ["RateLimits:sign-in"] = "3" });
        using var browser = new AccessDriver(factory).Browser();
        for (var i = 0; i < 3; i++)
        {
            await (await AccessDriver.SignInAsync(browser, "nobody", "Wrong-Password-1")).Response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        var limited = (await AccessDriver.SignInAsync(browser, "nobody", "Wrong-Password-1")).Response;
        var problem = await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("秒"));
    }

    [Test]
    public async Task The_public_look_up_is_limited_per_client_and_a_forged_forwarded_for_does_not_reset_it()
    {
        using var factory = new LawyerWorkFactory(settings: new Dictionary<string, string?> { ["RateLimits:public-look-up"] = "2" });
        using var client = factory.CreateClient();
        await (await client.GetAsync("/api/public/firms")).AssertOkJsonAsync();
        await (await client.GetAsync("/api/public/firms")).AssertOkJsonAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/public/firms");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        await (await client.SendAsync(request)).AssertProblemAsync(HttpStatusCode.TooManyRequests);

        // Staff endpoints are not on the public policy.
        var staff = new HttpRequestMessage(HttpMethod.Get, "/api/registry/regions");
        await (await client.SendAsync(staff)).AssertOkJsonAsync();
    }

    [Test]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_limit()
    {
        using var factory = new LawyerWorkFactory(settings: new Dictionary<string, string?>
        {
            ["RateLimits:public-look-up"] = "1",
            ["Http:KnownProxies:0"] = "127.0.0.1",
        });
        using var client = factory.CreateClient();
        HttpRequestMessage From(string ip)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/public/firms");
            request.Headers.Add("X-Forwarded-For", ip);
            return request;
        }

        await (await client.SendAsync(From("203.0.113.7"))).AssertOkJsonAsync();
        await (await client.SendAsync(From("203.0.113.7"))).AssertProblemAsync(HttpStatusCode.TooManyRequests);
        await (await client.SendAsync(From("198.51.100.9"))).AssertOkJsonAsync();
    }

    [Test]
    public async Task Token_requests_are_limited_per_client_whether_it_is_named_in_the_form_or_by_basic_authentication()
    {
        using var factory = new LawyerWorkFactory(settings: new Dictionary<string, string?> { ["RateLimits:token"] = "2" });
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        static HttpRequestMessage Token(string? formClient, string? basicClient)
        {
            var fields = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
            if (formClient is not null)
            {
                fields["client_id"] = formClient;
                fields["client_secret"] = "wrong";
            }

            var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent(fields) };
            if (basicClient is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                    "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{basicClient}:wrong")));
            }

            return request;
        }

        Assert.That((await client.SendAsync(Token("lw-a", null))).StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await client.SendAsync(Token("lw-a", null))).StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        await (await client.SendAsync(Token("lw-a", null))).AssertProblemAsync(HttpStatusCode.TooManyRequests);

        // Another client authenticating with HTTP Basic has its own allowance (it used to share one with every such client).
        Assert.That((await client.SendAsync(Token(null, "lw-b"))).StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await client.SendAsync(Token(null, "lw-b"))).StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        await (await client.SendAsync(Token(null, "lw-b"))).AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That((await client.SendAsync(Token(null, "lw-c"))).StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
    }
}
