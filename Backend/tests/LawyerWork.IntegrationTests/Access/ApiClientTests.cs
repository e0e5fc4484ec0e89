using System.Net;
using System.Net.Http.Json;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using static LawyerWork.IntegrationTests.Access.AccessDriver;

namespace LawyerWork.IntegrationTests.Access;

/// <summary>External systems: registered by an administrator, tokens by client credentials, scopes enforced.</summary>
public sealed class ApiClientTests
{
    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        factory = new LawyerWorkFactory();
        client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var samples = new RegistrySamples(client);
        await samples.CreateFirmAsync(body: RegistrySamples.FirmBody("220104", name: "令牌长春律师事务所"));
        await samples.CreateFirmAsync(body: RegistrySamples.FirmBody("220202", name: "令牌吉林律师事务所"));
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client.Dispose();
        factory.Dispose();
    }

    private async Task<(string Id, string Secret)> RegisterAsync(string[] scopes, string dataScope = "region:220100")
    {
        var response = await client.SendAsync(RegistrySamples.Post("/api/access/clients",
            new { displayName = "全国律师综合管理信息系统", scopes, dataScope }, RegistrySamples.Province, "system-administrator"));
        var created = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created + string.Join("\n", factory.LogLines.Where(l => l.StartsWith("Error", StringComparison.Ordinal))));
        return (created.GetProperty("client").GetProperty("clientId").GetString()!, created.GetProperty("clientSecret").GetString()!);
    }

    [Test]
    public async Task A_client_gets_a_token_and_reads_within_its_scopes_and_region()
    {
        var (id, secret) = await RegisterAsync(["registry.read"]);
        var token = await TokenAsync(client, id, secret, "registry.read");

        var read = await client.SendAsync(WithBearer(new HttpRequestMessage(HttpMethod.Get, "/api/registry/firms?pageSize=100"), token));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), string.Join("\n", factory.LogLines.Where(l => l.StartsWith("Error", StringComparison.Ordinal))));
        var firms = await read.AssertOkJsonAsync();
        var names = firms.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.That(names, Does.Contain("令牌长春律师事务所").And.Not.Contain("令牌吉林律师事务所"));

        var write = WithBearer(new HttpRequestMessage(HttpMethod.Post, "/api/registry/firms") { Content = JsonContent.Create(RegistrySamples.FirmBody()) }, token);
        await (await client.SendAsync(write)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_client_cannot_ask_for_scopes_it_was_not_granted_or_use_a_wrong_secret()
    {
        var (id, secret) = await RegisterAsync(["registry.read"]);
        var tooMuch = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = secret, ["scope"] = "registry.write",
        }));
        Assert.That((int)tooMuch.StatusCode, Is.AnyOf(400, 401, 403));
        var wrongSecret = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = "not-the-secret", ["scope"] = "registry.read",
        }));
        Assert.That((int)wrongSecret.StatusCode, Is.AnyOf(400, 401));
        Assert.That(await wrongSecret.Content.ReadAsStringAsync(), Does.Contain("invalid_client"));
    }

    [Test]
    public async Task A_forged_or_missing_token_is_a_401_problem()
    {
        var forged = WithBearer(new HttpRequestMessage(HttpMethod.Get, "/api/registry/firms"), "eyJhbGciOiJub25lIn0.e30.");
        await (await client.SendAsync(forged)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Rotating_the_secret_retires_the_old_one_and_removal_ends_new_tokens()
    {
        var (id, secret) = await RegisterAsync(["registry.read"]);
        var rotated = await client.SendAsync(RegistrySamples.Post($"/api/access/clients/{id}/secret", new { }, RegistrySamples.Province, "system-administrator"));
        var newSecret = (await rotated.AssertOkJsonAsync()).GetProperty("clientSecret").GetString()!;
        Assert.That(newSecret, Is.Not.EqualTo(secret));
        Assert.That((int)(await client.PostAsync("/connect/token", Form(id, secret))).StatusCode, Is.AnyOf(400, 401));
        await TokenAsync(client, id, newSecret, "registry.read");

        var removed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/access/clients/{id}").AsCaller("system-administrator", RegistrySamples.Province));
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((int)(await client.PostAsync("/connect/token", Form(id, newSecret))).StatusCode, Is.AnyOf(400, 401));
    }

    [Test]
    public async Task The_client_list_never_shows_secrets_and_registration_is_validated()
    {
        await RegisterAsync(["registry.read", "registry.write"]);
        var list = await (await client.SendAsync(RegistrySamples.Get("/api/access/clients", RegistrySamples.Province, "system-administrator"))).Content.ReadAsStringAsync();
        Assert.That(list, Does.Contain("registry.write").And.Not.Contain("ecret"));

        var bad = await client.SendAsync(RegistrySamples.Post("/api/access/clients",
            new { displayName = "x", scopes = new[] { "everything" }, dataScope = "firm:abc" }, RegistrySamples.Province, "system-administrator"));
        await bad.AssertValidationProblemAsync("displayName", "scopes[0]", "dataScope");

        var notAdmin = await client.SendAsync(RegistrySamples.Post("/api/access/clients",
            new { displayName = "某系统", scopes = new[] { "registry.read" }, dataScope = "region:220100" }, RegistrySamples.Province, "provincial-officer"));
        await notAdmin.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    private static FormUrlEncodedContent Form(string id, string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = secret, ["scope"] = "registry.read",
    });
}
