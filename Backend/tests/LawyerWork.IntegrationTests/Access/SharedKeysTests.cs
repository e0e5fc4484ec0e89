using System.Net;
using System.Net.Http.Json;
using LawyerWork.Access;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.IntegrationTests.Access;

/// <summary>Two hosts on one database: a session and an antiforgery token from one are good on the other.</summary>
public sealed class SharedKeysTests
{
    [Test]
    public async Task A_session_cookie_and_antiforgery_token_issued_by_one_host_work_on_another()
    {
        using var first = new LawyerWorkFactory();
        using var second = new LawyerWorkFactory(sameDatabaseAs: first);
        await new AccessDriver(first).CreateUserAsync("two.hosts", Roles.ProvincialOfficer, "region:220000");
        var options = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false };
        using var hostA = first.CreateClient(options);
        using var hostB = second.CreateClient(options);
        var browser = new BrowserSession();

        Task<HttpResponseMessage> Send(HttpClient host, HttpMethod method, string path, object? body = null) => browser.SendAsync(host, method, path, body);

        await Send(hostA, HttpMethod.Get, "/api/auth/antiforgery");
        await (await Send(hostA, HttpMethod.Post, "/api/auth/sign-in", new { userName = "two.hosts", password = AccessDriver.Password })).AssertOkJsonAsync();

        var session = await (await Send(hostB, HttpMethod.Get, "/api/auth/session")).AssertOkJsonAsync();
        Assert.That(session.GetProperty("role").GetString(), Is.EqualTo(Roles.ProvincialOfficer));
        var created = await Send(hostB, HttpMethod.Post, "/api/registry/firms", RegistrySamples.FirmBody());
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        // The ring the two hosts share is the database's (not a folder of this machine's).
        using var scope = first.Services.CreateScope();
        var keys = scope.ServiceProvider.GetRequiredService<AccessDbContext>().DataProtectionKeys.Count();
        Assert.That(keys, Is.GreaterThan(0));
    }
}
