using System.Net;
using System.Text.Json;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Simulators.Faults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LawyerWork.IntegrationTests.Integration.IntegrationDriver;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Integration;

/// <summary>Webhooks reaching a real receiver over loopback HTTP: the envelope, the signature, the log, redelivery.</summary>
public sealed class WebhookDeliveryTests
{
    [Test]
    public async Task Subscribed_events_arrive_signed_in_the_stable_envelope_in_order_and_the_log_shows_each()
    {
        await using var driver = await StartAsync();
        var (id, _) = await driver.SubscribeAsync("registry", "FirmRegistered", "FirmUpdated");
        var firm = await driver.Samples.CreateFirmAsync();
        var firmId = firm.GetProperty("id").GetGuid();
        await (await driver.Client.SendAsync(Put($"/api/registry/firms/{firmId}", FirmBody(name: "改名律师事务所"), ETag(0)))).AssertOkJsonAsync();
        await driver.Samples.CreateLawyerAsync(firmId); // LawyerRegistered: not subscribed

        var receiver = driver.External.Webhooks["registry"];
        await driver.EventuallyAsync(() => Task.FromResult(receiver.Received.Count == 2), "both firm events arrive");

        // The simulator verified each signature (HMAC-SHA256 over "t.body" with the subscription's secret) before recording it.
        Assert.That(receiver.Received.Select(r => (r.Type, r.AggregateId, r.Deliveries)),
            Is.EqualTo(new[] { ("FirmRegistered", firmId, 1), ("FirmUpdated", firmId, 1) }));
        Assert.That(receiver.Received[0].Data.GetProperty("uscc").GetString(), Is.EqualTo(firm.GetProperty("uscc").GetString()));
        Assert.That(receiver.Received[1].Data.GetProperty("name").GetString(), Is.EqualTo("改名律师事务所"));

        // The receiver records a delivery before the host has its answer: the log follows a moment later.
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}&state=Delivered")).Count == 2, "both are logged delivered");
        var log = await driver.DeliveriesAsync($"subscriptionId={id}&sort=occurredAt");
        Assert.That(log.Select(d => (d.GetProperty("eventType").GetString(), d.GetProperty("state").GetString(), d.GetProperty("attempts").GetInt32(), d.GetProperty("lastStatusCode").GetInt32())),
            Is.EqualTo(new[] { ("FirmRegistered", "Delivered", 1, 200), ("FirmUpdated", "Delivered", 1, 200) }));
        Assert.That(log.Select(d => d.GetProperty("eventId").GetGuid()), Is.EqualTo(receiver.Received.Select(r => r.Id)), "the envelope's id is the event's id");

        Assert.That(driver.Factory.LogLines, Has.None.Contains("webhooks/registry"), "a receiver's URL may hold its token: never logged");

        var details = await (await driver.Client.SendAsync(Get($"/api/integration/deliveries/{log[0].GetProperty("id").GetGuid()}", Province, Admin))).AssertOkJsonAsync();
        var envelope = JsonDocument.Parse(details.GetProperty("body").GetString()!).RootElement;
        Assert.That(envelope.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "type", "schemaVersion", "occurredAt", "aggregateId", "data" }));
        Assert.That(envelope.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1));
        Assert.That(envelope.GetProperty("data").GetProperty("firmId").GetGuid(), Is.EqualTo(firmId));
    }

    [Test]
    public async Task A_receiver_that_refuses_the_signature_parks_the_delivery_and_redelivery_after_the_fix_sends_it_and_the_rest_in_order()
    {
        await using var driver = await StartAsync();
        var (id, secret) = await driver.SubscribeAsync("strict", "FirmRegistered", "FirmUpdated");

        // The receiver holds an old secret: 401 is the receiver saying the request is wrong, so no retries are spent.
        driver.External.Webhooks.Configure("strict", "whsec_the-old-one", 300);
        var firm = await driver.Samples.CreateFirmAsync();
        var firmId = firm.GetProperty("id").GetGuid();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}&state=DeadLettered")).Count == 1, "the delivery is parked");
        await (await driver.Client.SendAsync(Put($"/api/registry/firms/{firmId}", FirmBody(name: "后来律师事务所"), ETag(0)))).AssertOkJsonAsync();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}")).Count == 2, "the second event is queued");
        for (var i = 0; i < 5; i++)
        {
            await driver.EventuallyAsync(() => Task.FromResult(true), "a pass");
        }

        var log = await driver.DeliveriesAsync($"subscriptionId={id}&sort=occurredAt");
        Assert.That(log.Select(d => (d.GetProperty("state").GetString(), d.GetProperty("attempts").GetInt32(), d.GetProperty("lastStatusCode").ValueKind)),
            Is.EqualTo(new[] { ("DeadLettered", 1, JsonValueKind.Number), ("Pending", 0, JsonValueKind.Null) }), "the later event of the firm waits behind the parked one");
        Assert.That(log[0].GetProperty("lastError").GetString(), Is.EqualTo("HTTP 401"));

        // The bad paths of redelivery.
        var parked = log[0].GetProperty("id").GetGuid();
        var version = log[0].GetProperty("version").GetInt64();
        var redeliver = (Guid delivery, string? etag) => Step($"/api/integration/deliveries/{delivery}/redeliver", new { }, etag, Province, Admin);
        await (await driver.Client.SendAsync(redeliver(parked, null))).AssertProblemAsync((HttpStatusCode)428);
        await (await driver.Client.SendAsync(redeliver(parked, ETag(version + 3)))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var pending = await (await driver.Client.SendAsync(redeliver(log[1].GetProperty("id").GetGuid(), ETag(log[1].GetProperty("version").GetInt64())))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(pending.GetProperty("code").GetString(), Is.EqualTo("already-pending"));
        await (await driver.Client.SendAsync(redeliver(Guid.NewGuid(), ETag(0)))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await driver.Client.SendAsync(Step($"/api/integration/deliveries/{parked}/redeliver", new { }, ETag(version), Province, "provincial-officer")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);

        // Fixed: redelivery sends the parked event, then the one behind it.
        driver.External.Webhooks.Configure("strict", secret, 300);
        await (await driver.Client.SendAsync(redeliver(parked, ETag(version)))).AssertOkJsonAsync();
        var receiver = driver.External.Webhooks["strict"];
        await driver.EventuallyAsync(() => Task.FromResult(receiver.Received.Count == 2), "both arrive");
        Assert.That(receiver.Received.Select(r => r.Type), Is.EqualTo(new[] { "FirmRegistered", "FirmUpdated" }));

        using var scope = driver.Factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.TargetType == "Delivery" && r.TargetId == parked.ToString()).ToListAsync();
        Assert.That(audit.Select(r => (r.Operation, r.Outcome)), Does.Contain(("Redeliver", AuditOutcome.Succeeded)));
        Assert.That(await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking().CountAsync(r => r.TargetType == "Delivery"),
            Is.EqualTo(audit.Count), "the dispatcher's bookkeeping is not in the trail; the redelivery is");
    }

    [Test]
    public async Task A_delivered_event_can_be_sent_again_and_the_receiver_deduplicates_it_by_id()
    {
        await using var driver = await StartAsync();
        var (id, _) = await driver.SubscribeAsync("again", "FirmRegistered");
        await driver.Samples.CreateFirmAsync();
        var receiver = driver.External.Webhooks["again"];
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}&state=Delivered")).Count == 1, "delivered");
        var delivered = (await driver.DeliveriesAsync($"subscriptionId={id}")).Single();
        await (await driver.Client.SendAsync(Step($"/api/integration/deliveries/{delivered.GetProperty("id").GetGuid()}/redeliver", new { },
            ETag(delivered.GetProperty("version").GetInt64()), Province, Admin))).AssertOkJsonAsync();
        await driver.EventuallyAsync(() => Task.FromResult(receiver.Received.Single().Deliveries == 2), "the second copy arrives");
        Assert.That(receiver.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Retry_after_from_the_receiver_is_honoured_and_a_transient_failure_is_retried_to_success()
    {
        await using var driver = await StartAsync();
        var (id, _) = await driver.SubscribeAsync("busy", "FirmRegistered");
        var receiver = driver.External.Webhooks["busy"];
        receiver.SetFault(new Fault(FaultMode.TooManyRequests, RetryAfterSeconds: 1, ForRequests: 3));
        await driver.Samples.CreateFirmAsync();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}&state=Delivered")).Count == 1, "it arrives once the receiver has room");
        Assert.That(receiver.Received, Has.Count.EqualTo(1));
        Assert.That(receiver.Requests, Is.GreaterThanOrEqualTo(4), "three refusals, then the delivery");
    }
}
