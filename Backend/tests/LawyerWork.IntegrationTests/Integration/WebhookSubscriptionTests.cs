using System.Net;
using System.Text.Json;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Integration.Persistence;
using LawyerWork.Modules.Integration.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LawyerWork.IntegrationTests.Integration.IntegrationDriver;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Integration;

/// <summary>Registering, changing and rotating webhook subscriptions: who may, what targets are refused, what the secret is.</summary>
public sealed class WebhookSubscriptionTests
{
    private static async Task<int> SubscriptionCountAsync(IntegrationDriver driver)
    {
        using var scope = driver.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IntegrationDbContext>().Subscriptions.CountAsync();
    }

    private static async Task<string> ClientAsync(IntegrationDriver driver)
    {
        var registered = await (await driver.Client.SendAsync(Post("/api/access/clients",
            new { displayName = "订阅方", scopes = new[] { "registry.read" }, dataScope = "region:220000" }, Province, Admin))).AssertCreatedJsonAsync();
        return registered.GetProperty("client").GetProperty("clientId").GetString()!;
    }

    // Server-side request forgery: the host must never be made to call itself, the internal network or the cloud's metadata service.
    [TestCase("http://example.org/hook", Description = "plain http")]
    [TestCase("https://127.0.0.1/hook", Description = "loopback")]
    [TestCase("https://[::1]/hook", Description = "IPv6 loopback")]
    [TestCase("https://localhost/hook", Description = "a name for loopback")]
    [TestCase("https://10.1.2.3/hook", Description = "RFC 1918")]
    [TestCase("https://172.20.0.5/hook", Description = "RFC 1918")]
    [TestCase("https://192.168.1.10/hook", Description = "RFC 1918")]
    [TestCase("https://169.254.169.254/latest/meta-data", Description = "link-local: cloud metadata")]
    [TestCase("https://100.64.0.1/hook", Description = "shared address space")]
    [TestCase("https://[fd00::1]/hook", Description = "IPv6 unique local")]
    [TestCase("https://[fe80::1]/hook", Description = "IPv6 link-local")]
    [TestCase("https://[::ffff:10.0.0.1]/hook", Description = "IPv4-mapped private")]
    [TestCase("https://0.0.0.0/hook", Description = "unspecified")]
    [TestCase("https://user:pass@93.184.216.34/hook", Description = "credentials in the URL")]
    [TestCase("ftp://93.184.216.34/hook", Description = "not http")]
    [TestCase("/relative/hook", Description = "not absolute")]
    public async Task A_target_that_is_not_a_public_https_address_is_refused_on_the_url_field_and_nothing_is_saved(string url)
    {
        await using var driver = await StartAsync();
        var clientId = await ClientAsync(driver);
        var response = await driver.Client.SendAsync(Post("/api/integration/webhooks", new { clientId, url, eventTypes = new[] { "FirmRegistered" } }, Province, Admin));
        await response.AssertValidationProblemAsync("url");
        Assert.That(await SubscriptionCountAsync(driver), Is.Zero);
    }

    [Test]
    public async Task Each_wrong_field_is_named_and_an_unknown_client_is_refused()
    {
        await using var driver = await StartAsync();
        var empty = await driver.Client.SendAsync(Post("/api/integration/webhooks", new { }, Province, Admin));
        await empty.AssertValidationProblemAsync("clientId", "url", "eventTypes");

        var clientId = await ClientAsync(driver);
        var unknownType = await driver.Client.SendAsync(Post("/api/integration/webhooks",
            new { clientId, url = driver.External.ReceiverUrl("a"), eventTypes = new[] { "FirmRegistered", "NoSuchEvent" }, description = new string('长', 201) }, Province, Admin));
        await unknownType.AssertValidationProblemAsync("eventTypes[1]", "description");

        var unknownClient = await driver.Client.SendAsync(Post("/api/integration/webhooks",
            new { clientId = "lw-nosuchclient", url = driver.External.ReceiverUrl("a"), eventTypes = new[] { "FirmRegistered" } }, Province, Admin));
        await unknownClient.AssertValidationProblemAsync("clientId");
        Assert.That(await SubscriptionCountAsync(driver), Is.Zero);
    }

    [Test]
    public async Task The_secret_is_shown_once_stored_encrypted_never_audited_and_rotation_replaces_it()
    {
        await using var driver = await StartAsync();
        var (id, secret) = await driver.SubscribeAsync("rotating", "FirmRegistered");
        Assert.That(secret, Does.StartWith("whsec_").And.Length.GreaterThan(40));

        var read = await driver.Client.SendAsync(Get($"/api/integration/webhooks/{id}", Province, Admin));
        var text = await read.Content.ReadAsStringAsync();
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(text, Does.Not.Contain(secret).And.Not.Contain("secret\""));
        Assert.That(read.Headers.ETag?.Tag, Is.EqualTo("\"0\""));

        using (var scope = driver.Factory.Services.CreateScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<IntegrationDbContext>().Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id);
            Assert.That(stored.ProtectedSecret, Does.Not.Contain(secret));
            Assert.That(scope.ServiceProvider.GetRequiredService<WebhookSecrets>().Reveal(stored.ProtectedSecret), Is.EqualTo(secret));
            var audit = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
                .Where(r => r.TargetType == "WebhookSubscription" && r.TargetId == id.ToString()).ToListAsync();
            Assert.That(audit.Select(r => r.Operation), Does.Contain("CreateWebhookSubscription"));
            Assert.That(audit.Select(r => r.Details), Has.All.Not.Contain(secret).And.All.Not.Contain(stored.ProtectedSecret));
        }

        // Rotation: If-Match required and checked; the new secret differs and is shown once.
        var rotate = (string? etag) => Step($"/api/integration/webhooks/{id}/rotate-secret", new { }, etag, Province, Admin);
        await (await driver.Client.SendAsync(rotate(null))).AssertProblemAsync((HttpStatusCode)428);
        await (await driver.Client.SendAsync(rotate(ETag(5)))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var rotated = await (await driver.Client.SendAsync(rotate(ETag(0)))).AssertOkJsonAsync();
        var newSecret = rotated.GetProperty("secret").GetString()!;
        Assert.That(newSecret, Is.Not.EqualTo(secret));
        Assert.That(rotated.GetProperty("subscription").GetProperty("secretRotatedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        await (await driver.Client.SendAsync(Post("/api/integration/webhooks/" + Guid.NewGuid() + "/rotate-secret", new { }, Province, Admin))).AssertProblemAsync((HttpStatusCode)428);
    }

    [Test]
    public async Task A_subscription_is_changed_with_if_match_and_a_paused_one_gets_no_deliveries()
    {
        await using var driver = await StartAsync();
        var (id, _) = await driver.SubscribeAsync("paused", "FirmRegistered");
        var path = $"/api/integration/webhooks/{id}";
        var change = new { url = driver.External.ReceiverUrl("paused"), eventTypes = new[] { "FirmRegistered", "FirmUpdated" }, active = false, description = "暂停" };
        await (await driver.Client.SendAsync(Put(path, change, null, Province, Admin))).AssertProblemAsync((HttpStatusCode)428);
        await (await driver.Client.SendAsync(Put(path, change, ETag(3), Province, Admin))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await driver.Client.SendAsync(Put(path, change with { }, ETag(0), Province, Admin))).AssertOkJsonAsync();
        var bad = await driver.Client.SendAsync(Put(path, new { url = "https://10.0.0.1/x", eventTypes = Array.Empty<string>(), active = true }, ETag(1), Province, Admin));
        await bad.AssertValidationProblemAsync("url", "eventTypes");

        var list = await (await driver.Client.SendAsync(Get("/api/integration/webhooks?active=false", Province, Admin))).AssertOkJsonAsync();
        var row = list.GetProperty("items").EnumerateArray().Single();
        Assert.That(row.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "FirmRegistered", "FirmUpdated" }));

        var firm = await driver.Samples.CreateFirmAsync();
        var other = await driver.SubscribeAsync("active", "FirmRegistered");
        var second = await driver.Samples.CreateFirmAsync();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={other.Id}&state=Delivered")).Count == 1, "the active subscription's delivery arrives");
        Assert.That(await driver.DeliveriesAsync($"subscriptionId={id}"), Is.Empty, "a paused subscription queues nothing");
        Assert.That(driver.External.Webhooks["active"].Received.Select(r => r.AggregateId), Is.EqualTo(new[] { second.GetProperty("id").GetGuid() }));
        Assert.That(firm.GetProperty("id").GetGuid(), Is.Not.EqualTo(second.GetProperty("id").GetGuid()));
    }

    [Test]
    public async Task Removing_a_subscription_drops_what_it_could_never_receive_and_keeps_the_delivered_log()
    {
        await using var driver = await StartAsync(new Dictionary<string, string?> { ["Integration:Delivery:MaxAttempts"] = "1" });
        var (id, _) = await driver.SubscribeAsync("leaving", "FirmRegistered");
        var listed = await (await driver.Client.SendAsync(Get($"/api/integration/webhooks/{id}", Province, Admin))).AssertOkJsonAsync();
        Assert.That(listed.GetProperty("clientName").GetString(), Is.EqualTo("接收系统leaving"), "the client's name from Access");

        await driver.Samples.CreateFirmAsync();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}&state=Delivered")).Count == 1, "the first is delivered");
        driver.External.Webhooks["leaving"].SetFault(new LawyerWork.Simulators.Faults.Fault(LawyerWork.Simulators.Faults.FaultMode.ServerError));
        await driver.Samples.CreateFirmAsync();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}&state=DeadLettered")).Count == 1, "the second is parked");

        var path = $"/api/integration/webhooks/{id}";
        await (await driver.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, path).AsCaller(Admin, Province))).AssertProblemAsync((HttpStatusCode)428);
        var stale = new HttpRequestMessage(HttpMethod.Delete, path).AsCaller(Admin, Province);
        stale.Headers.TryAddWithoutValidation("If-Match", ETag(9));
        await (await driver.Client.SendAsync(stale)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var remove = new HttpRequestMessage(HttpMethod.Delete, path).AsCaller(Admin, Province);
        remove.Headers.TryAddWithoutValidation("If-Match", ETag(0));
        Assert.That((await driver.Client.SendAsync(remove)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await (await driver.Client.SendAsync(Get(path, Province, Admin))).AssertProblemAsync(HttpStatusCode.NotFound);
        var left = await driver.DeliveriesAsync($"subscriptionId={id}");
        Assert.That(left.Select(d => d.GetProperty("state").GetString()), Is.EqualTo(new[] { "Delivered" }));
        using var scope = driver.Factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.TargetType == "WebhookSubscription" && r.TargetId == id.ToString()).Select(r => r.Operation).ToListAsync();
        Assert.That(audit, Does.Contain("RemoveWebhookSubscription"));
    }

    [Test]
    public async Task Delivered_rows_older_than_the_retention_period_are_pruned_and_undelivered_ones_stay()
    {
        await using var driver = await StartAsync(new Dictionary<string, string?> { ["Integration:Delivery:RetainDays"] = "30", ["Integration:National:BaseUrl"] = "" });
        var (id, _) = await driver.SubscribeAsync("old", "FirmRegistered");
        await driver.Samples.CreateFirmAsync();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}&state=Delivered")).Count == 1, "delivered");
        var table = driver.Factory.Database.Table("integration", "deliveries");
        var longAgo = driver.Factory.Database.IsSqlite
            ? (DateTimeOffset.UtcNow.AddDays(-31).ToUnixTimeMilliseconds() * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "now() - interval '31 days'";
        await driver.Factory.Database.ExecuteAsync($"UPDATE {table} SET delivered_at = {longAgo}");
        await driver.Samples.CreateFirmAsync();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}&state=Delivered")).Count == 2, "a second is delivered");

        var deleted = await driver.Factory.Services.GetRequiredService<LawyerWork.Modules.Integration.Dispatch.DeliveryCleanup>().RunOnceAsync(CancellationToken.None);
        Assert.That(deleted, Is.EqualTo(1));
        Assert.That((await driver.DeliveriesAsync($"subscriptionId={id}")).Single().GetProperty("deliveredAt").GetDateTimeOffset(), Is.GreaterThan(DateTimeOffset.UtcNow.AddDays(-1)));
    }

    [Test]
    public async Task Unknown_records_answer_404_and_bad_query_values_name_their_parameter()
    {
        await using var driver = await StartAsync();
        var unknown = Guid.NewGuid();
        var change = new { url = driver.External.ReceiverUrl("x"), eventTypes = new[] { "FirmRegistered" }, active = true };
        await (await driver.Client.SendAsync(Get($"/api/integration/webhooks/{unknown}", Province, Admin))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await driver.Client.SendAsync(Put($"/api/integration/webhooks/{unknown}", change, ETag(0), Province, Admin))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await driver.Client.SendAsync(Step($"/api/integration/webhooks/{unknown}/rotate-secret", new { }, ETag(0), Province, Admin))).AssertProblemAsync(HttpStatusCode.NotFound);
        var remove = new HttpRequestMessage(HttpMethod.Delete, $"/api/integration/webhooks/{unknown}").AsCaller(Admin, Province);
        remove.Headers.TryAddWithoutValidation("If-Match", ETag(0));
        await (await driver.Client.SendAsync(remove)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await driver.Client.SendAsync(Get($"/api/integration/deliveries/{unknown}", Province, Admin))).AssertProblemAsync(HttpStatusCode.NotFound);

        await (await driver.Client.SendAsync(Get("/api/integration/deliveries?sort=body", Province, Admin))).AssertValidationProblemAsync("sort");
        await (await driver.Client.SendAsync(Get("/api/integration/deliveries?pageSize=1000", Province, Admin))).AssertValidationProblemAsync("pageSize");
        await (await driver.Client.SendAsync(Get("/api/integration/webhooks?sort=secret", Province, Admin))).AssertValidationProblemAsync("sort");
        await (await driver.Client.SendAsync(Get("/api/integration/deliveries?state=Lost", Province, Admin))).AssertProblemAsync(HttpStatusCode.BadRequest);

        // A stale If-Match on a change leaves the subscription as it was.
        var (id, _) = await driver.SubscribeAsync("stale", "FirmRegistered");
        await (await driver.Client.SendAsync(Put($"/api/integration/webhooks/{id}", change with { active = false }, ETag(4), Province, Admin)))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var unchanged = await (await driver.Client.SendAsync(Get($"/api/integration/webhooks/{id}", Province, Admin))).AssertOkJsonAsync();
        Assert.That((unchanged.GetProperty("active").GetBoolean(), unchanged.GetProperty("version").GetInt64()), Is.EqualTo((true, 0L)));
    }

    [Test]
    public async Task The_event_catalogue_lists_every_event_with_its_fields()
    {
        await using var driver = await StartAsync();
        var catalogue = await (await driver.Client.SendAsync(Get("/api/integration/event-types", Province, Admin))).AssertOkJsonAsync();
        var types = catalogue.EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.That(types.Keys, Is.SupersetOf(new[] { "FirmRegistered", "LawyerRegistered", "LawyerStatusChanged", "IntegrityRecorded" }));
        var registered = types["LawyerRegistered"];
        Assert.That(registered.GetProperty("module").GetString(), Is.EqualTo("Registry"));
        Assert.That(registered.GetProperty("summary").GetString(), Does.Contain("执业登记"));
        Assert.That(registered.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()), Does.Contain("certificateNumber").And.Contain("lawyerId"));
        var firmId = registered.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "firmId");
        Assert.That(firmId.GetProperty("nullable").GetBoolean(), Is.True);
    }
}

/// <summary>Which addresses a webhook may never reach, however its name resolves.</summary>
public sealed class WebhookTargetAddressTests
{
    [TestCase("127.0.0.1", true)]
    [TestCase("127.8.9.10", true)]
    [TestCase("10.0.0.1", true)]
    [TestCase("172.16.0.1", true)]
    [TestCase("172.31.255.255", true)]
    [TestCase("172.32.0.1", false)]
    [TestCase("192.168.0.1", true)]
    [TestCase("169.254.169.254", true)]
    [TestCase("100.64.0.1", true)]
    [TestCase("100.128.0.1", false)]
    [TestCase("0.0.0.0", true)]
    [TestCase("224.0.0.1", true)]
    [TestCase("255.255.255.255", true)]
    [TestCase("198.18.0.1", true)]
    [TestCase("8.8.8.8", false)]
    [TestCase("93.184.216.34", false)]
    [TestCase("::1", true)]
    [TestCase("::", true)]
    [TestCase("fe80::1", true)]
    [TestCase("fc00::1", true)]
    [TestCase("fd12:3456::1", true)]
    [TestCase("ff02::1", true)]
    [TestCase("::ffff:192.168.1.1", true)]
    [TestCase("::ffff:8.8.8.8", false)]
    [TestCase("64:ff9b::a00:1", true)]
    [TestCase("2001:db8::1", true)]
    [TestCase("2400:3200::1", false)]
    public void Forbidden_addresses(string address, bool forbidden) =>
        Assert.That(WebhookTargets.IsForbidden(IPAddress.Parse(address)), Is.EqualTo(forbidden));
}
