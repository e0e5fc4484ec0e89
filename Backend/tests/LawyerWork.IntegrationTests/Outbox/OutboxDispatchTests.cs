using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using LawyerWork.Access;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Outbox;

/// <summary>Registry's outbox delivered to subscribers through the real dispatcher, on the suite's database.</summary>
public sealed class OutboxDispatchTests
{
    private const string Admin = Roles.SystemAdministrator;

    private static (LawyerWorkFactory Factory, HttpClient Client, FirmEventsProbe Probe) Start(int pollMilliseconds = 50)
    {
        var probe = new FirmEventsProbe();
        var factory = new LawyerWorkFactory(
            settings: new Dictionary<string, string?>
            {
                ["Outbox:MaxAttempts"] = "3",
                ["Outbox:RetryBaseDelayMilliseconds"] = "1",
                ["Outbox:PollIntervalMilliseconds"] = pollMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            services: services => FirmEventsProbe.Register(services, probe));
        return (factory, factory.CreateClient(), probe);
    }

    /// <summary>Drives dispatch passes (besides the host's own loop) until the condition holds.</summary>
    private static async Task EventuallyAsync(LawyerWorkFactory factory, Func<Task<bool>> condition, string what)
    {
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return;
            }

            await dispatcher.DispatchPendingAsync(CancellationToken.None);
            await Task.Delay(20);
        }

        Assert.Fail("Timed out waiting until " + what);
    }

    private static async Task<List<JsonElement>> MessagesAsync(HttpClient client, Guid firmId, string? state = null)
    {
        var path = $"/api/outbox/registry/messages?aggregateId={firmId}" + (state is null ? "" : $"&state={state}");
        var page = await (await client.SendAsync(Get(path, Province, Admin))).AssertOkJsonAsync();
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    private static async Task<Guid> CreateFirmAsync(HttpClient client, string? name = null) =>
        Guid.Parse((await new RegistrySamples(client).CreateFirmAsync(body: FirmBody(name: name))).GetProperty("id").GetString()!);

    private static async Task RenameFirmAsync(HttpClient client, Guid firmId, long version, string name) =>
        await (await client.SendAsync(Put($"/api/registry/firms/{firmId}", FirmBody(name: name), ETag(version)))).AssertOkJsonAsync();

    private static HttpRequestMessage Resolve(Guid messageId, string step, string? etag, string? reason = null) =>
        Step($"/api/outbox/registry/messages/{messageId}/{step}", new { reason }, etag, Province, Admin);

    [Test]
    public async Task A_committed_event_reaches_its_subscriber_once_even_when_delivered_twice()
    {
        var (factory, client, probe) = Start();
        using var _ = factory;
        using var __ = client;
        var lags = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == OutboxDispatcher.MeterName && instrument.Name == "lawyerwork.outbox.delivery_lag")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => { lock (lags) { lags.Add(value); } });
        listener.Start();

        var firmId = await CreateFirmAsync(client);
        await EventuallyAsync(factory, async () => (await MessagesAsync(client, firmId)).Single().GetProperty("state").GetString() == "Dispatched", "the event is dispatched");
        Assert.That(probe.TypesFor(firmId), Is.EqualTo(new[] { "FirmRegistered" }));
        var message = (await MessagesAsync(client, firmId)).Single();
        Assert.That(message.GetProperty("attempts").GetInt32(), Is.EqualTo(1));
        Assert.That(message.GetProperty("dispatchedAt").GetDateTimeOffset(), Is.GreaterThanOrEqualTo(message.GetProperty("occurredAt").GetDateTimeOffset()));
        lock (lags)
        {
            Assert.That(lags, Is.Not.Empty.And.All.GreaterThanOrEqualTo(0), "delivery lag is a metric");
        }

        // A host that died after delivering but before marking the message delivers it again.
        var id = message.GetProperty("id").GetGuid();
        await factory.Database.ExecuteAsync(
            $"UPDATE {factory.Database.Table("registry", "outbox_messages")} SET state = 'Pending', dispatched_at = NULL WHERE id = '{id}'");
        await EventuallyAsync(factory, async () => (await MessagesAsync(client, firmId)).Single().GetProperty("state").GetString() == "Dispatched", "the event is dispatched again");
        Assert.That(probe.TypesFor(firmId), Has.Count.EqualTo(1), "the consumer's inbox absorbed the duplicate");

        using var scope = factory.Services.CreateScope();
        var inbox = await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Inbox.AsNoTracking().Where(i => i.EventId == id).ToListAsync();
        Assert.That(inbox.Select(i => i.Consumer), Is.EqualTo(new[] { nameof(FirmRegisteredProbe) }));
    }

    [Test]
    public async Task A_failing_subscriber_parks_the_event_holds_back_its_aggregate_and_replay_delivers_in_order()
    {
        var (factory, client, probe) = Start();
        using var _ = factory;
        using var __ = client;
        probe.Failing[("受阻律师事务所", "FirmRegistered")] = true;
        var blocked = await CreateFirmAsync(client, "受阻律师事务所");
        await EventuallyAsync(factory, async () => (await MessagesAsync(client, blocked, "DeadLettered")).Count == 1, "the first event is dead-lettered");

        // Later events of the same firm wait behind the dead letter; another firm's flow.
        await RenameFirmAsync(client, blocked, 0, "受阻律师事务所");
        var other = await CreateFirmAsync(client);
        await EventuallyAsync(factory, () => Task.FromResult(probe.TypesFor(other).Count == 1), "the other firm's event is delivered");
        await new OutboxDispatchTestsDriver(factory).PassesAsync(5);
        var messages = await MessagesAsync(client, blocked);
        Assert.That(messages.Select(m => (m.GetProperty("type").GetString(), m.GetProperty("state").GetString(), m.GetProperty("attempts").GetInt32())),
            Is.EqualTo(new[] { ("FirmRegistered", "DeadLettered", 3), ("FirmUpdated", "Pending", 0) }));
        Assert.That(messages[0].GetProperty("lastError").GetString(), Does.Contain(nameof(FirmRegisteredProbe)).And.Contain("InvalidOperationException"));
        Assert.That(probe.TypesFor(blocked), Is.Empty);

        // The bad paths of replay: no If-Match, a stale one, a message that is not parked.
        var deadLetter = messages[0].GetProperty("id").GetGuid();
        var version = messages[0].GetProperty("version").GetInt64();
        await (await client.SendAsync(Resolve(deadLetter, "replay", null))).AssertProblemAsync((HttpStatusCode)428);
        await (await client.SendAsync(Resolve(deadLetter, "replay", ETag(version + 7)))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var pending = messages[1].GetProperty("id").GetGuid();
        var notParked = await (await client.SendAsync(Resolve(pending, "replay", ETag(messages[1].GetProperty("version").GetInt64())))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(notParked.GetProperty("code").GetString(), Is.EqualTo("not-dead-lettered"));
        await (await client.SendAsync(Resolve(Guid.NewGuid(), "replay", ETag(0)))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.SendAsync(Get("/api/outbox/nosuchmodule/messages", Province, Admin))).AssertProblemAsync(HttpStatusCode.NotFound);

        // The subscriber is fixed; replay sends the parked event and then the one behind it, in order.
        probe.Failing.Clear();
        var replayed = await (await client.SendAsync(Resolve(deadLetter, "replay", ETag(version)))).AssertOkJsonAsync();
        Assert.That((replayed.GetProperty("state").GetString(), replayed.GetProperty("attempts").GetInt32()), Is.EqualTo(("Pending", 0)));
        await EventuallyAsync(factory, () => Task.FromResult(probe.TypesFor(blocked).Count == 2), "both events of the firm are delivered");
        Assert.That(probe.TypesFor(blocked), Is.EqualTo(new[] { "FirmRegistered", "FirmUpdated" }));

        using var scope = factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.TargetType == "OutboxMessage" && r.TargetId == deadLetter.ToString()).ToListAsync();
        Assert.That(audit.Select(r => (r.Operation, r.Outcome, r.ActorId)), Does.Contain(("ResolveDeadLetter", AuditOutcome.Succeeded, "test-" + Admin)));
    }

    [Test]
    public async Task Skipping_a_dead_letter_needs_a_reason_and_lets_later_events_of_its_aggregate_flow()
    {
        var (factory, client, probe) = Start();
        using var _ = factory;
        using var __ = client;
        probe.Failing[("跳过律师事务所", "FirmRegistered")] = true;
        var firm = await CreateFirmAsync(client, "跳过律师事务所");
        await RenameFirmAsync(client, firm, 0, "跳过律师事务所");
        await EventuallyAsync(factory, async () => (await MessagesAsync(client, firm, "DeadLettered")).Count == 1, "the first event is dead-lettered");
        var deadLetter = (await MessagesAsync(client, firm, "DeadLettered")).Single();
        var id = deadLetter.GetProperty("id").GetGuid();
        var etag = ETag(deadLetter.GetProperty("version").GetInt64());

        await (await client.SendAsync(Resolve(id, "skip", etag, reason: " "))).AssertValidationProblemAsync("reason");
        var skipped = await (await client.SendAsync(Resolve(id, "skip", etag, reason: "订阅方已手工补录"))).AssertOkJsonAsync();
        Assert.That(skipped.GetProperty("state").GetString(), Is.EqualTo("Skipped"));
        Assert.That(skipped.GetProperty("lastError").GetString(), Does.Contain("订阅方已手工补录"));

        await EventuallyAsync(factory, () => Task.FromResult(probe.TypesFor(firm).Count == 1), "the later event is delivered");
        Assert.That(probe.TypesFor(firm), Is.EqualTo(new[] { "FirmUpdated" }));
        await (await client.SendAsync(Resolve(id, "skip", ETag(skipped.GetProperty("version").GetInt64()), reason: "again"))).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Only_the_lease_holder_dispatches_a_modules_outbox()
    {
        // A long poll: only writes wake the host's loop, so the test decides when the other host tries.
        var (factory, client, probe) = Start(pollMilliseconds: 600_000);
        using var _ = factory;
        using var __ = client;
        var host = factory.Services.GetRequiredService<OutboxDispatcher>();
        var other = new OutboxDispatcher(
            factory.Services.GetRequiredService<IServiceScopeFactory>(),
            factory.Services.GetRequiredService<OutboxOptions>(),
            new OutboxSignal(),
            factory.Services.GetServices<IntegrationEventSubscription>(),
            TimeProvider.System,
            factory.Services.GetRequiredService<ILogger<OutboxDispatcher>>()) { Owner = "another-host" };
        await host.DispatchPendingAsync(CancellationToken.None);

        var first = await CreateFirmAsync(client);
        Assert.That(await other.DispatchPendingAsync(CancellationToken.None), Is.Zero, "the host holds the lease");
        await EventuallyAsync(factory, () => Task.FromResult(probe.TypesFor(first).Count == 1), "the host delivers");

        // The host lets go (as when it stops); the other takes over and the host now stays out.
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Leases.ReleaseAsync(OutboxDispatcher.JobFor("registry"), host.Owner, CancellationToken.None);
        }

        Assert.That(await other.DispatchPendingAsync(CancellationToken.None), Is.Zero, "nothing is pending, but the lease is now the other's");
        var second = await CreateFirmAsync(client);
        Assert.That(await host.DispatchPendingAsync(CancellationToken.None), Is.Zero, "the other host holds the lease");
        Assert.That(await other.DispatchPendingAsync(CancellationToken.None), Is.EqualTo(1));
        Assert.That(probe.Consumed.Count(c => c.FirmId == second), Is.EqualTo(1));
        Assert.That(probe.Consumed.Count(c => c.FirmId == first), Is.EqualTo(1));
    }
}

/// <summary>The delivery record is kept for the retention period, and no longer; what is not delivered stays.</summary>
public sealed class OutboxCleanupTests
{
    [Test]
    public async Task Delivered_events_and_inbox_rows_past_the_retention_period_are_deleted_and_undelivered_ones_stay()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero));
        var probe = new FirmEventsProbe();
        using var factory = new LawyerWorkFactory(
            settings: new Dictionary<string, string?> { ["Outbox:RetainDays"] = "30", ["Outbox:MaxAttempts"] = "1" },
            services: services =>
            {
                FirmEventsProbe.Register(services, probe);
                services.AddSingleton<TimeProvider>(clock);
            });
        using var client = factory.CreateClient();
        probe.Failing[("留存死信律师事务所", "FirmRegistered")] = true;
        await new RegistrySamples(client).CreateFirmAsync(body: FirmBody(name: "留存死信律师事务所"));
        await new RegistrySamples(client).CreateFirmAsync();
        await new OutboxDispatchTestsDriver(factory).PassesAsync(3);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            Assert.That(await db.Outbox.Select(m => m.State).ToListAsync(), Is.EquivalentTo(new[] { OutboxState.Dispatched, OutboxState.DeadLettered }));
            Assert.That(await db.Inbox.CountAsync(), Is.EqualTo(1));
        }

        var cleanup = factory.Services.GetRequiredService<OutboxCleanup>();
        clock.Advance(TimeSpan.FromDays(29));
        await cleanup.RunOnceAsync(CancellationToken.None);
        using (var scope = factory.Services.CreateScope())
        {
            Assert.That(await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Outbox.CountAsync(), Is.EqualTo(2), "inside the period");
        }

        clock.Advance(TimeSpan.FromDays(2));
        await cleanup.RunOnceAsync(CancellationToken.None);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            Assert.That(await db.Outbox.Select(m => m.State).ToListAsync(), Is.EqualTo(new[] { OutboxState.DeadLettered }), "a dead letter stays, however old");
            Assert.That(await db.Inbox.CountAsync(), Is.Zero);
        }
    }
}

/// <summary>Runs a few dispatch passes, so that a test can show something did not happen.</summary>
internal sealed class OutboxDispatchTestsDriver(LawyerWorkFactory factory)
{
    public async Task PassesAsync(int count)
    {
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        for (var i = 0; i < count; i++)
        {
            await dispatcher.DispatchPendingAsync(CancellationToken.None);
        }
    }
}
