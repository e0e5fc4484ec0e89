using System.Net;

namespace LawyerWork.Simulators.Tests;

public sealed class WebhookReceiverTests
{
    private const string Secret = "whsec-test-一二三";
    private SimulatorHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => host = await SimulatorHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [SetUp]
    public async Task ConfigureAsync()
    {
        host.Reset();
        using var response = await host.PutControlAsync("webhooks/crm", new { secret = Secret, toleranceSeconds = 300 });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task A_signed_delivery_is_accepted_and_a_repeat_is_counted_not_recorded_again()
    {
        var envelope = SimulatorHost.Envelope();

        using var first = await host.DeliverAsync("crm", Secret, envelope);
        using var second = await host.DeliverAsync("crm", Secret, envelope);

        var acknowledgement = await SimulatorHost.ReadJsonAsync(second);
        var recorded = host.Webhooks["crm"].Received.Single();
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(acknowledgement.GetProperty("duplicate").GetBoolean(), Is.True);
            Assert.That(recorded.Id, Is.EqualTo(Guid.Parse((string)envelope["id"]!)));
            Assert.That(recorded.Type, Is.EqualTo("FirmRegistered"));
            Assert.That(recorded.AggregateId, Is.EqualTo(Guid.Parse((string)envelope["aggregateId"]!)));
            Assert.That(recorded.OccurredAt, Is.EqualTo(new DateTimeOffset(2025, 3, 1, 1, 30, 0, TimeSpan.Zero)));
            Assert.That(recorded.Deliveries, Is.EqualTo(2));
            Assert.That(host.Webhooks["crm"].Requests, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task The_control_API_lists_a_receivers_deliveries()
    {
        var envelope = SimulatorHost.Envelope();
        (await host.DeliverAsync("crm", Secret, envelope)).Dispose();

        using var response = await host.Client.GetAsync("/_control/webhooks/crm/received");

        var report = await SimulatorHost.ReadJsonAsync(response);
        var received = report.GetProperty("received").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("requests").GetInt64(), Is.EqualTo(1));
            Assert.That(received.GetProperty("id").GetString(), Is.EqualTo(envelope["id"]));
            Assert.That(received.GetProperty("type").GetString(), Is.EqualTo("FirmRegistered"));
            Assert.That(received.GetProperty("deliveries").GetInt32(), Is.EqualTo(1));
        });
    }

    [TestCase("wrong secret", null)]
    [TestCase(Secret, "")]
    [TestCase(Secret, "t=1700000000")]
    [TestCase(Secret, "t=now,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase(Secret, "v1=zz")]
    public async Task A_wrong_or_missing_signature_is_refused_with_401(string secret, string? header)
    {
        using var response = await host.DeliverAsync("crm", secret, SimulatorHost.Envelope(), signature: header);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(host.Webhooks["crm"].Received, Is.Empty);
            Assert.That(host.Webhooks["crm"].Requests, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_signature_of_another_body_is_refused_with_401()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = $"t={now},v1={SimulatorHost.Signature(Secret, now, SimulatorHost.Envelope())}";

        using var response = await host.DeliverAsync("crm", Secret, SimulatorHost.Envelope(), now, signature: header);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task One_valid_signature_among_several_is_accepted_as_during_a_secret_rotation()
    {
        var envelope = SimulatorHost.Envelope();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = $"t={now},v1={SimulatorHost.Signature("old secret", now, envelope)},v1={SimulatorHost.Signature(Secret, now, envelope)}";

        using var response = await host.DeliverAsync("crm", Secret, envelope, now, signature: header);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void The_signing_helper_for_senders_follows_the_contract()
    {
        var envelope = SimulatorHost.Envelope();
        var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(envelope);

        var header = Simulators.Webhooks.WebhookSignature.Sign(Secret, 1740792600, body);

        Assert.That(header, Is.EqualTo($"t=1740792600,v1={SimulatorHost.Signature(Secret, 1740792600, envelope)}"));
    }

    [Test]
    public async Task An_old_timestamp_is_refused_unless_the_tolerance_is_zero()
    {
        var anHourAgo = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();

        using var refused = await host.DeliverAsync("crm", Secret, SimulatorHost.Envelope(), anHourAgo);
        (await host.PutControlAsync("webhooks/crm", new { secret = Secret, toleranceSeconds = 0 })).Dispose();
        using var accepted = await host.DeliverAsync("crm", Secret, SimulatorHost.Envelope(), anHourAgo);

        Assert.That((refused.StatusCode, accepted.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.OK)));
    }

    [Test]
    public async Task An_unknown_receiver_answers_404()
    {
        using var response = await host.DeliverAsync("nobody", Secret, SimulatorHost.Envelope());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_envelope_with_missing_fields_is_refused_with_400_naming_each()
    {
        var envelope = SimulatorHost.Envelope();
        envelope.Remove("aggregateId");
        envelope["occurredAt"] = "yesterday";
        envelope["data"] = null;

        using var response = await host.DeliverAsync("crm", Secret, envelope);

        Assert.That(await SimulatorHost.ErrorFieldsAsync(response), Is.EquivalentTo(new[] { "aggregateId", "occurredAt", "data" }));
    }

    [Test]
    public async Task The_event_headers_must_agree_with_the_envelope()
    {
        var envelope = SimulatorHost.Envelope();
        var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(envelope);
        var t = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/crm") { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation("LawyerWork-Signature", Simulators.Webhooks.WebhookSignature.Sign(Secret, t, body));
        request.Headers.Add("LawyerWork-Event-Id", Guid.NewGuid().ToString());

        using var response = await host.Client.SendAsync(request);

        Assert.That(await SimulatorHost.ErrorFieldsAsync(response), Is.EquivalentTo(new[] { "LawyerWork-Event-Id", "LawyerWork-Event-Type" }));
    }

    [Test]
    public async Task A_receiver_from_configuration_exists_from_the_start_and_after_a_reset()
    {
        await using var configured = await SimulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Simulator:Webhooks:erp:Secret"] = "configured",
            ["Simulator:Webhooks:erp:ToleranceSeconds"] = "0",
        });
        configured.Reset();

        using var response = await configured.DeliverAsync("erp", "configured", SimulatorHost.Envelope(), timestamp: 1);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
