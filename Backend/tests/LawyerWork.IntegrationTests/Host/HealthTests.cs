using System.Net;
using LawyerWork.IntegrationTests.Infrastructure;

namespace LawyerWork.IntegrationTests.Host;

public sealed class HealthTests
{
    [Test]
    public async Task Live_and_ready_answer_anonymously_once_the_database_is_migrated()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();

        var live = await (await client.GetAsync("/health/live")).AssertOkJsonAsync();
        var ready = await (await client.GetAsync("/health/ready")).AssertOkJsonAsync();

        Assert.That(live.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        Assert.That(ready.GetProperty("checks")[0].GetProperty("name").GetString(), Is.EqualTo("database"));
    }

    [Test]
    public async Task Ready_fails_while_migrations_are_pending_and_live_still_answers()
    {
        using var factory = new LawyerWorkFactory(settings: new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false" });
        using var client = factory.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await ready.Content.ReadAsStringAsync(), Does.Contain("Unhealthy"));
        await (await client.GetAsync("/health/live")).AssertOkJsonAsync();
    }
}
