using System.Net;
using LawyerWork.IntegrationTests.Infrastructure;

namespace LawyerWork.IntegrationTests.Host;

/// <summary>The header scheme that stands in for sign-in until the access issue; it must never work in Production.</summary>
public sealed class TestAuthenticationTests
{
    private const string Session = "/api/auth/session";

    [Test]
    public async Task Without_credentials_a_protected_endpoint_is_a_401_problem()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        await (await client.GetAsync(Session)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task In_Testing_the_headers_name_the_role_scope_and_permissions()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();

        var request = new HttpRequestMessage(HttpMethod.Get, Session).AsCaller("city-officer", "region:220100");
        var session = await (await client.SendAsync(request)).AssertOkJsonAsync();

        Assert.That(session.GetProperty("role").GetString(), Is.EqualTo("city-officer"));
        Assert.That(session.GetProperty("dataScope").GetString(), Is.EqualTo("region:220100"));
        Assert.That(session.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()),
            Does.Contain("registry.firms.read").And.Not.Contain("registry.personal-data.read"));
    }

    [TestCase("no-such-role", "region:220100")]
    [TestCase("city-officer", "")]
    [TestCase("city-officer", "region:2201")]
    [TestCase("firm-administrator", "firm:not-a-uuid")]
    public async Task An_unknown_role_or_unreadable_scope_authenticates_nobody(string role, string scope)
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, Session).AsCaller(role, scope);
        await (await client.SendAsync(request)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
