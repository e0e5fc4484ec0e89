using System.Net;
using System.Text.Json;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Integration.Domain;
using LawyerWork.Modules.Integration.Persistence;
using LawyerWork.Simulators.Faults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static LawyerWork.IntegrationTests.Integration.IntegrationDriver;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Integration;

/// <summary>
/// External systems failing the ways they do (issue #10 "fault tests"): every acknowledged change reaches
/// them in the end, each effect once, in order per aggregate, and no failure reaches the API's writers.
/// </summary>
public sealed class FaultTests
{
    private static readonly string[] Names = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];

    private static async Task<List<Delivery>> NationalDeliveriesAsync(IntegrationDriver driver)
    {
        using var scope = driver.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IntegrationDbContext>().Deliveries.AsNoTracking()
            .Where(d => d.Target == Delivery.NationalTarget).ToListAsync();
    }

    [Test]
    public async Task The_national_system_down_for_five_minutes_while_a_thousand_changes_are_made_gets_every_change_once_in_order_per_lawyer()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 30, 1, 0, 0, TimeSpan.Zero));
        await using var driver = await StartAsync(
            new Dictionary<string, string?> { ["Integration:Delivery:MaxAttempts"] = "1000", ["Integration:Delivery:RetryMaxDelaySeconds"] = "60" }, clock);
        var national = driver.External.National;
        national.SetFault(new Fault(FaultMode.Down));

        // 1,000 changes of 100 lawyers (a registration and nine updates each) while the clock runs five minutes.
        var firmId = (await driver.Samples.CreateFirmAsync()).GetProperty("id").GetGuid();
        var lawyers = new List<Guid>();
        for (var i = 0; i < 100; i++)
        {
            var lawyer = await driver.Samples.CreateLawyerAsync(firmId);
            var id = lawyer.GetProperty("id").GetGuid();
            lawyers.Add(id);
            for (var v = 0; v < 9; v++)
            {
                var update = new { name = "张" + Names[v], gender = "Male", category = "FullTime", firstPracticeYear = 2010 };
                Assert.That((await driver.Client.SendAsync(Put($"/api/registry/lawyers/{id}", update, ETag(v)))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            }

            if (i % 10 == 9)
            {
                clock.Advance(TimeSpan.FromSeconds(30));
            }
        }

        // Dispatch kept trying against the outage (the breaker spared it most calls) and nothing was taken.
        await driver.EventuallyAsync(async () => (await NationalDeliveriesAsync(driver)).Count == 1001, "every change is queued for the national system");
        Assert.That(national.Received, Is.Empty);
        Assert.That(national.Requests, Is.GreaterThan(0));
        Assert.That((await NationalDeliveriesAsync(driver)).Where(d => d.State == DeliveryState.DeadLettered), Is.Empty);

        // Back up: every change arrives.
        national.ClearFault();
        await driver.EventuallyAsync(
            async () => (await NationalDeliveriesAsync(driver)).All(d => d.State == DeliveryState.Delivered), "every change is delivered", TimeSpan.FromSeconds(30), seconds: 240);

        var deliveries = await NationalDeliveriesAsync(driver);
        var received = national.Received;
        Assert.That(received.Select(r => r.EventId), Is.Unique);
        Assert.That(received.Select(r => r.EventId).Order(), Is.EqualTo(deliveries.Select(d => d.EventId).Order()), "each change exactly once on the national side");
        Assert.That(received.Count(r => r.Kind == "Lawyer"), Is.EqualTo(1000));

        foreach (var lawyer in lawyers)
        {
            var expected = deliveries.Where(d => d.AggregateId == lawyer).OrderBy(d => d.OccurredAt).ThenBy(d => d.EventId).Select(d => d.EventId).ToList();
            var arrived = received.Where(r => r.SubjectId == lawyer).ToList();
            Assert.That(arrived.Select(r => r.EventId), Is.EqualTo(expected), $"lawyer {lawyer}'s changes arrived in order");
            Assert.That(arrived.Select(r => r.Change), Is.EqualTo(new[] { "Registered" }.Concat(Enumerable.Repeat("Updated", 9))));
            Assert.That(arrived[^1].Data.GetProperty("lawyer").GetProperty("name").GetString(), Is.EqualTo("张壬"), "the last change carries the registration as it then stood");
        }
    }

    [Test]
    public async Task A_receiver_that_always_fails_trips_the_breaker_parks_the_event_holds_back_its_aggregate_and_replay_delivers_in_order()
    {
        await using var driver = await StartAsync(new Dictionary<string, string?> { ["Integration:Delivery:MaxAttempts"] = "3" });
        var (id, _) = await driver.SubscribeAsync("broken", "FirmRegistered", "FirmUpdated");
        var receiver = driver.External.Webhooks["broken"];
        receiver.SetFault(new Fault(FaultMode.ServerError));

        var firmId = (await driver.Samples.CreateFirmAsync()).GetProperty("id").GetGuid();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}&state=DeadLettered")).Count == 1, "the event is parked after three attempts", seconds: 90);
        Assert.That(driver.Factory.LogLines, Has.Some.Contains("circuit breaker of webhook:" + id).And.Contains("is open"), "the breaker tripped");
        var parked = (await driver.DeliveriesAsync($"subscriptionId={id}")).Single();
        Assert.That((parked.GetProperty("attempts").GetInt32(), parked.GetProperty("lastStatusCode").GetInt32()), Is.EqualTo((3, 500)));
        var requests = receiver.Requests;
        Assert.That(requests, Is.LessThanOrEqualTo(3 * 2), "no more calls than three attempts of two tries each: an open breaker spends none");

        // Later events of the same firm wait; another firm's are not held back by it... once the receiver works.
        await (await driver.Client.SendAsync(Put($"/api/registry/firms/{firmId}", FirmBody(name: "等待律师事务所"), ETag(0)))).AssertOkJsonAsync();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}")).Count == 2, "the update is queued");
        for (var i = 0; i < 5; i++)
        {
            await driver.EventuallyAsync(() => Task.FromResult(true), "a pass");
        }

        var waiting = (await driver.DeliveriesAsync($"subscriptionId={id}&state=Pending")).Single();
        Assert.That((waiting.GetProperty("eventType").GetString(), waiting.GetProperty("attempts").GetInt32()), Is.EqualTo(("FirmUpdated", 0)));

        receiver.ClearFault();
        await (await driver.Client.SendAsync(Step($"/api/integration/deliveries/{parked.GetProperty("id").GetGuid()}/redeliver", new { },
            ETag(parked.GetProperty("version").GetInt64()), Province, Admin))).AssertOkJsonAsync();
        await driver.EventuallyAsync(() => Task.FromResult(receiver.Received.Count == 2), "both arrive once replayed", seconds: 30);
        Assert.That(receiver.Received.Select(r => r.Type), Is.EqualTo(new[] { "FirmRegistered", "FirmUpdated" }));
    }

    [Test]
    public async Task A_receiver_that_holds_every_delivery_open_slows_no_write_and_malformed_or_huge_answers_park_the_event_with_the_host_healthy()
    {
        await using var driver = await StartAsync(new Dictionary<string, string?> { ["Integration:Resilience:AttemptTimeoutSeconds"] = "2" });
        var (id, _) = await driver.SubscribeAsync("holding", "FirmRegistered");
        var receiver = driver.External.Webhooks["holding"];
        receiver.SetFault(new Fault(FaultMode.Hold));

        // Dispatch is off the request path: 100 writes all succeed while every delivery hangs.
        var firms = new List<Guid>();
        for (var i = 0; i < 100; i++)
        {
            var response = await driver.Client.SendAsync(Post("/api/registry/firms", FirmBody()));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            firms.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid());
        }

        await driver.EventuallyAsync(() => Task.FromResult(receiver.Requests > 0), "a delivery is being held");
        Assert.That(receiver.Received, Is.Empty);
        Assert.That((await driver.Client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        receiver.ClearFault();
        await driver.EventuallyAsync(() => Task.FromResult(receiver.Received.Count == 100), "all arrive once the receiver lets go", seconds: 120);
        Assert.That(receiver.Received.Select(r => r.AggregateId).Order(), Is.EqualTo(firms.Order()));

        // The national system answers with something that is not a receipt: the change is parked at once, not retried.
        foreach (var (mode, error) in new[] { (FaultMode.Malformed, "malformed answer"), (FaultMode.Huge, "answer too large") })
        {
            driver.External.National.SetFault(new Fault(mode));
            var firmId = (await driver.Samples.CreateFirmAsync()).GetProperty("id").GetGuid();
            await driver.EventuallyAsync(
                async () => (await driver.DeliveriesAsync($"channel=National&aggregateId={firmId}&state=DeadLettered")).Count == 1, $"the {mode} answer parks the change");
            var parked = (await driver.DeliveriesAsync($"channel=National&aggregateId={firmId}")).Single();
            Assert.That(parked.GetProperty("attempts").GetInt32(), Is.EqualTo(1));
            Assert.That(parked.GetProperty("lastError").GetString(), Does.StartWith(error));
            Assert.That((await driver.Client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // Other lawyers and firms flow once the national side answers properly again.
        driver.External.National.ClearFault();
        var later = (await driver.Samples.CreateFirmAsync()).GetProperty("id").GetGuid();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"channel=National&aggregateId={later}&state=Delivered")).Count == 1, "a later change is delivered");
    }
}
