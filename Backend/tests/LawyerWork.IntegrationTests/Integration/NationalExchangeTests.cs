using System.Net;
using System.Text.Json;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Integration.National;
using LawyerWork.Simulators.Faults;
using Microsoft.Extensions.DependencyInjection;
using static LawyerWork.IntegrationTests.Integration.IntegrationDriver;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Integration;

/// <summary>The exchange with the national lawyer-management system, against its simulator: payloads, sanctions, status, reconciliation.</summary>
public sealed class NationalExchangeTests
{
    [Test]
    public async Task Registrations_and_sanctions_reach_the_national_system_as_documented_and_without_personal_data()
    {
        await using var driver = await StartAsync();
        var firm = await driver.Samples.CreateFirmAsync();
        var firmId = firm.GetProperty("id").GetGuid();
        var lawyer = await driver.Samples.CreateLawyerAsync(firmId);
        var lawyerId = lawyer.GetProperty("id").GetGuid();
        var sanction = await driver.Client.SendAsync(Post("/api/supervision/integrity-records", new
        {
            kind = "Sanction", subject = "Lawyer", subjectId = lawyerId, measure = "Discipline:Warning", title = "行业处分：警告",
            decidedBy = "长春市律师协会", documentNumber = "长律协〔2026〕9号", decidedOn = "2026-01-10",
        }, Province, "association-staff"));
        Assert.That(sanction.StatusCode, Is.EqualTo(HttpStatusCode.Created), await sanction.Content.ReadAsStringAsync());
        var reward = await driver.Client.SendAsync(Post("/api/supervision/integrity-records", new
        {
            kind = "Reward", subject = "Lawyer", subjectId = lawyerId, measure = "Reward:Commendation", title = "优秀律师",
            decidedBy = "吉林省律师协会", documentNumber = "吉律协〔2026〕1号", decidedOn = "2026-01-10",
        }, Province, "association-staff"));
        Assert.That(reward.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var national = driver.External.National;
        await driver.EventuallyAsync(() => Task.FromResult(national.Received.Count == 3), "the firm, the lawyer and the sanction arrive");
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync("channel=National&state=Delivered")).Count == 3, "all are recorded delivered");

        var received = national.Received;
        Assert.That(received.Select(r => (r.Kind, r.Change, r.SubjectId)), Is.EqualTo(new[]
        {
            ("Firm", "Registered", firmId), ("Lawyer", "Registered", lawyerId), ("Sanction", "Recorded", lawyerId),
        }), "a reward is not the national register's business");
        var registration = received[1].Data.GetProperty("lawyer");
        Assert.That(registration.GetProperty("certificateNumber").GetString(), Is.EqualTo(lawyer.GetProperty("certificateNumber").GetString()));
        Assert.That(registration.GetProperty("firmUscc").GetString(), Is.EqualTo(firm.GetProperty("uscc").GetString()));
        Assert.That(registration.GetProperty("status").GetString(), Is.EqualTo("Practising"));
        var sent = string.Join('\n', received.Select(r => r.Data.GetRawText()));
        Assert.That(sent, Does.Not.Contain("idNumber").And.Not.Contain("phone").And.Not.Contain((string)LawyerBody(firmId)["phone"]!), "no ID numbers or phones leave the province");
        var recorded = received[2].Data.GetProperty("sanction");
        Assert.That((recorded.GetProperty("measure").GetString(), recorded.GetProperty("documentNumber").GetString(), recorded.GetProperty("subjectNumber").GetString()),
            Is.EqualTo(("Discipline:Warning", "长律协〔2026〕9号", lawyer.GetProperty("certificateNumber").GetString())));

        var deliveries = await driver.DeliveriesAsync("channel=National");
        Assert.That(deliveries.Select(d => d.GetProperty("receiptId").GetString()), Is.EquivalentTo(received.Select(r => r.ReceiptId)), "each delivery keeps the national receipt");

        var status = await (await driver.Client.SendAsync(Get("/api/integration/national/status", Province, Admin))).AssertOkJsonAsync();
        Assert.That((status.GetProperty("enabled").GetBoolean(), status.GetProperty("delivered").GetInt32(), status.GetProperty("pending").GetInt32()), Is.EqualTo((true, 3, 0)));
        Assert.That(status.GetProperty("host").GetString(), Is.EqualTo(driver.External.Address.Authority));
    }

    [Test]
    public async Task A_lawyers_sanction_waits_for_the_registration_still_in_registrys_outbox_so_the_national_side_gets_them_in_order()
    {
        var gate = new RegistrationGate { Closed = true };
        await using var driver = await StartAsync(
            new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "1000" },
            services: services =>
            {
                services.AddSingleton(gate);
                services.AddIntegrationEventHandler<LawyerRegistered, HeldRegistrationConsumer>();

                // First among LawyerRegistered's subscribers: while it fails, the registration is not handed to Integration at all.
                var held = services.Last(d => d.ServiceType == typeof(IntegrationEventSubscription));
                services.Remove(held);
                services.Insert(0, held);
            });
        var firmId = (await driver.Samples.CreateFirmAsync()).GetProperty("id").GetGuid();
        var lawyerId = (await driver.Samples.CreateLawyerAsync(firmId)).GetProperty("id").GetGuid();
        var sanction = await driver.Client.SendAsync(Post("/api/supervision/integrity-records", new
        {
            kind = "Sanction", subject = "Lawyer", subjectId = lawyerId, measure = "Discipline:Warning", title = "行业处分：警告",
            decidedBy = "长春市律师协会", documentNumber = "长律协〔2026〕10号", decidedOn = "2026-01-10",
        }, Province, "association-staff"));
        Assert.That(sanction.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        // Supervision's outbox has handed the sanction over; Registry's still holds the registration.
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"channel=National&aggregateId={lawyerId}&eventType=IntegrityRecorded")).Count == 1, "the sanction is queued");
        Assert.That(await driver.DeliveriesAsync($"channel=National&aggregateId={lawyerId}&eventType=LawyerRegistered"), Is.Empty);
        for (var i = 0; i < 5; i++)
        {
            await driver.EventuallyAsync(() => Task.FromResult(true), "a pass");
        }

        Assert.That(driver.External.National.Received.Where(r => r.SubjectId == lawyerId), Is.Empty, "the sanction waits for the registration");

        gate.Closed = false;
        await driver.EventuallyAsync(() => Task.FromResult(driver.External.National.Received.Count(r => r.SubjectId == lawyerId) == 2), "both arrive");
        Assert.That(driver.External.National.Received.Where(r => r.SubjectId == lawyerId).Select(r => r.Kind), Is.EqualTo(new[] { "Lawyer", "Sanction" }));
    }

    [Test]
    public async Task Reconciliation_finds_a_day_that_matches_and_names_what_the_national_side_lost()
    {
        await using var driver = await StartAsync();
        var firmId = (await driver.Samples.CreateFirmAsync()).GetProperty("id").GetGuid();
        await driver.Samples.CreateLawyerAsync(firmId);
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync("channel=National&state=Delivered")).Count == 2, "both are delivered");
        var today = BuildingBlocks.Time.ShanghaiClock.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var days = await (await driver.Client.SendAsync(Post("/api/integration/national/reconciliation", new { from = today, to = today }, Province, Admin))).AssertOkJsonAsync();
        var day = days.EnumerateArray().Single();
        Assert.That((day.GetProperty("matches").GetBoolean(), day.GetProperty("localCount").GetInt32(), day.GetProperty("nationalCount").GetInt32()), Is.EqualTo((true, 2, 2)));
        var ids = (await driver.DeliveriesAsync("channel=National")).Select(d => d.GetProperty("eventId").GetGuid()).ToList();
        Assert.That(day.GetProperty("localHash").GetString(), Is.EqualTo(Reconciliation.Hash(ids)));

        // The national side loses everything (a restore from an old backup, say).
        driver.External.National.Reset();
        var after = (await (await driver.Client.SendAsync(Post("/api/integration/national/reconciliation", new { from = today, to = today }, Province, Admin))).AssertOkJsonAsync())
            .EnumerateArray().Single();
        Assert.That((after.GetProperty("matches").GetBoolean(), after.GetProperty("nationalCount").GetInt32()), Is.EqualTo((false, 0)));
        Assert.That(after.GetProperty("missingNationally").EnumerateArray().Select(i => i.GetGuid()), Is.EquivalentTo(ids));

        // While the national side is down the day is recorded as not compared, with the reason.
        driver.External.National.SetFault(new Fault(FaultMode.ServerError));
        var down = (await (await driver.Client.SendAsync(Post("/api/integration/national/reconciliation", new { from = today, to = today }, Province, Admin))).AssertOkJsonAsync())
            .EnumerateArray().Single();
        Assert.That(down.GetProperty("error").GetString(), Is.Not.Null.And.Not.Empty);
        driver.External.National.ClearFault();

        var ledger = await (await driver.Client.SendAsync(Get($"/api/integration/national/reconciliation?from={today}&to={today}", Province, Admin))).AssertOkJsonAsync();
        Assert.That(ledger.GetArrayLength(), Is.EqualTo(1));

        // The job compares the same days on its own schedule.
        var changed = await driver.Factory.Services.GetRequiredService<ReconciliationJob>().RunOnceAsync(CancellationToken.None);
        Assert.That(changed, Is.GreaterThanOrEqualTo(1), "today still differs");

        // Bad input names its field; too long a range is refused.
        await (await driver.Client.SendAsync(Post("/api/integration/national/reconciliation", new { }, Province, Admin))).AssertValidationProblemAsync("from", "to");
        await (await driver.Client.SendAsync(Post("/api/integration/national/reconciliation", new { from = "2026-01-01", to = "2026-03-01" }, Province, Admin))).AssertValidationProblemAsync("to");
        await (await driver.Client.SendAsync(Get("/api/integration/national/reconciliation?from=2026-03-01&to=2026-01-01", Province, Admin))).AssertValidationProblemAsync("to");
    }

    [Test]
    public async Task Without_a_national_address_nothing_is_queued_for_it_and_reconciliation_is_refused()
    {
        await using var driver = await StartAsync(new Dictionary<string, string?> { ["Integration:National:BaseUrl"] = "" });
        var (id, _) = await driver.SubscribeAsync("only", "FirmRegistered");
        await driver.Samples.CreateFirmAsync();
        await driver.EventuallyAsync(async () => (await driver.DeliveriesAsync($"subscriptionId={id}&state=Delivered")).Count == 1, "the webhook is delivered");
        Assert.That(await driver.DeliveriesAsync("channel=National"), Is.Empty);
        var status = await (await driver.Client.SendAsync(Get("/api/integration/national/status", Province, Admin))).AssertOkJsonAsync();
        Assert.That((status.GetProperty("enabled").GetBoolean(), status.GetProperty("host").ValueKind), Is.EqualTo((false, JsonValueKind.Null)));
        var refused = await (await driver.Client.SendAsync(Post("/api/integration/national/reconciliation", new { from = "2026-01-01", to = "2026-01-02" }, Province, Admin)))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.GetProperty("code").GetString(), Is.EqualTo("national-exchange-off"));
    }
}

/// <summary>Keeps Registry's LawyerRegistered in its outbox (a subscriber failing) while the gate is closed.</summary>
public sealed class RegistrationGate
{
    public volatile bool Closed;
}

public sealed class HeldRegistrationConsumer(RegistryDbContext db, TimeProvider clock, RegistrationGate gate)
    : IntegrationEventConsumer<LawyerRegistered, RegistryDbContext>(db, clock)
{
    protected override Task ConsumeAsync(IntegrationEvent<LawyerRegistered> integrationEvent, CancellationToken cancellationToken) =>
        gate.Closed ? throw new InvalidOperationException("held by the test") : Task.CompletedTask;
}
