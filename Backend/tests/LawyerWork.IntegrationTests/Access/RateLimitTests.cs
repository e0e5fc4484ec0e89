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
}
