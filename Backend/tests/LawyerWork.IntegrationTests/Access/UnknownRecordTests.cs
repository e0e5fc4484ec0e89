using System.Net;
using LawyerWork.IntegrationTests.Infrastructure;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Access;

/// <summary>The missing-record paths of organisations, accounts and API clients: 404 problems, nothing changed.</summary>
public sealed class UnknownRecordTests
{
    [Test]
    public async Task Unknown_organisations_users_and_clients_are_404_problems()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        const string admin = "system-administrator";
        var unknown = Guid.CreateVersion7();

        await (await client.SendAsync(Get($"/api/registry/organisations/{unknown}", Province, "auditor"))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.SendAsync(Get($"/api/access/users/{unknown}", Province, admin))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.SendAsync(Put($"/api/access/users/{unknown}", new { displayName = "无人", role = "county-officer", dataScope = "region:220104" }, ETag(0), Province, admin)))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.SendAsync(Step($"/api/access/users/{unknown}/password-reset", new { }, ETag(0), Province, admin))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.SendAsync(Post("/api/access/clients/lw-nosuchclient/secret", new { }, Province, admin))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/access/clients/lw-nosuchclient").AsCaller(admin, Province)))
            .AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
