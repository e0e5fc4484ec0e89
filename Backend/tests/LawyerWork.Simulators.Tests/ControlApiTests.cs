using System.Net;
using LawyerWork.Simulators.Faults;

namespace LawyerWork.Simulators.Tests;

public sealed class ControlApiTests
{
    private SimulatorHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => host = await SimulatorHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [SetUp]
    public void Reset() => host.Reset();

    [Test]
    public async Task Reset_forgets_receipts_counts_faults_and_receivers()
    {
        (await host.PostChangeAsync(SimulatorHost.Change())).Dispose();
        host.Webhooks.Configure("crm", "secret");
        host.National.SetFault(new Fault(FaultMode.Down));

        using var response = await host.Client.PostAsync("/_control/reset", null);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(host.National.Received, Is.Empty);
            Assert.That(host.National.Requests, Is.Zero);
            Assert.That(host.National.Faults.Current, Is.EqualTo(Fault.None));
            Assert.That(host.Webhooks.Find("crm"), Is.Null);
        });
    }

    [Test]
    public async Task Reset_drops_held_requests_rather_than_recording_them_into_the_next_test()
    {
        host.National.SetFault(new Fault(FaultMode.Hold));
        var held = host.PostChangeAsync(SimulatorHost.Change());
        await SimulatorHost.EventuallyAsync(() => host.National.Requests == 1, "the request is held");

        host.Reset();

        await Assert.ThrowsAsync<HttpRequestException>(async () => await held);
        Assert.That(host.National.Received, Is.Empty);
    }

    [Test]
    public async Task A_fault_with_an_unknown_mode_or_bad_limits_is_refused_with_400_naming_the_fields()
    {
        using var unknown = await host.PutControlAsync("national/fault", new { mode = "Explode" });
        using var limits = await host.PutControlAsync("national/fault", new { mode = "Slow", delayMilliseconds = -1, forRequests = 0 });

        Assert.Multiple(async () =>
        {
            Assert.That(await SimulatorHost.ErrorFieldsAsync(unknown), Is.EquivalentTo(new[] { "mode" }));
            Assert.That(await SimulatorHost.ErrorFieldsAsync(limits), Is.EquivalentTo(new[] { "delayMilliseconds", "forRequests" }));
        });
    }

    [Test]
    public async Task A_receiver_needs_a_secret()
    {
        using var response = await host.PutControlAsync("webhooks/crm", new { toleranceSeconds = 10 });

        Assert.That(await SimulatorHost.ErrorFieldsAsync(response), Is.EquivalentTo(new[] { "secret" }));
    }

    [Test]
    public async Task An_unknown_receivers_fault_and_deliveries_answer_404()
    {
        using var fault = await host.PutControlAsync("webhooks/nobody/fault", new { mode = "Down" });
        using var received = await host.Client.GetAsync("/_control/webhooks/nobody/received");

        Assert.That((fault.StatusCode, received.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
    }

    [Test]
    public async Task Reconfiguring_a_receiver_keeps_what_it_received()
    {
        host.Webhooks.Configure("crm", "old", toleranceSeconds: 0);
        (await host.DeliverAsync("crm", "old", SimulatorHost.Envelope())).Dispose();

        using var response = await host.PutControlAsync("webhooks/crm", new { secret = "new", toleranceSeconds = 0 });
        using var withOld = await host.DeliverAsync("crm", "old", SimulatorHost.Envelope());
        using var withNew = await host.DeliverAsync("crm", "new", SimulatorHost.Envelope());

        Assert.Multiple(() =>
        {
            Assert.That((withOld.StatusCode, withNew.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.OK)));
            Assert.That(host.Webhooks["crm"].Received, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void A_fault_set_in_process_is_validated()
    {
        Assert.Throws<ArgumentException>(() => host.National.SetFault(new Fault(FaultMode.Slow, DelayMilliseconds: -5)));
    }
}
