using System.Diagnostics;
using System.Net;
using System.Text.Json;
using LawyerWork.Simulators.Faults;

namespace LawyerWork.Simulators.Tests;

/// <summary>Each fault mode as a client sees it, set through the control API as a separate process would.</summary>
public sealed class FaultTests
{
    private const string Secret = "fault-secret";
    private SimulatorHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => host = await SimulatorHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [SetUp]
    public void Reset()
    {
        host.Reset();
        host.Webhooks.Configure("crm", Secret, toleranceSeconds: 0);
        host.Webhooks.Configure("erp", Secret, toleranceSeconds: 0);
    }

    [Test]
    public async Task Slow_answers_normally_after_the_delay_and_records()
    {
        await SetNationalFaultAsync(new { mode = "Slow", delayMilliseconds = 400 });

        var watch = Stopwatch.StartNew();
        using var response = await host.PostChangeAsync(SimulatorHost.Change());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(watch.ElapsedMilliseconds, Is.GreaterThanOrEqualTo(380));
            Assert.That(host.National.Received, Has.Count.EqualTo(1));
        });
    }

    [TestCase("ServerError", HttpStatusCode.InternalServerError)]
    [TestCase("Down", HttpStatusCode.ServiceUnavailable)]
    [TestCase("TooManyRequests", HttpStatusCode.TooManyRequests)]
    public async Task A_failing_status_is_answered_counted_and_nothing_is_recorded(string mode, HttpStatusCode status)
    {
        await SetNationalFaultAsync(new { mode });

        using var response = await host.PostChangeAsync(SimulatorHost.Change());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(host.National.Received, Is.Empty);
            Assert.That(host.National.Requests, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task TooManyRequests_says_when_to_retry()
    {
        await SetNationalFaultAsync(new { mode = "TooManyRequests", retryAfterSeconds = 7 });

        using var response = await host.PostChangeAsync(SimulatorHost.Change());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(7)));
        });
    }

    [Test]
    public async Task Reset_drops_the_connection_without_an_answer()
    {
        await SetNationalFaultAsync(new { mode = "Reset" });

        await Assert.ThrowsAsync<HttpRequestException>(() => host.PostChangeAsync(SimulatorHost.Change()));
        Assert.That(host.National.Received, Is.Empty);
    }

    [Test]
    public async Task Malformed_answers_200_with_a_body_that_is_not_json()
    {
        await SetNationalFaultAsync(new { mode = "Malformed" });

        using var response = await host.PostChangeAsync(SimulatorHost.Change());

        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(() => JsonDocument.Parse(body), Throws.InstanceOf<JsonException>());
            Assert.That(host.National.Received, Is.Empty);
        });
    }

    [Test]
    public async Task Huge_streams_a_20_MiB_body()
    {
        await SetNationalFaultAsync(new { mode = "Huge" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/national/api/v1/daily-summary?date=2025-03-01");

        using var response = await host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentLength, Is.GreaterThanOrEqualTo(20L * 1024 * 1024));
            Assert.That(total, Is.EqualTo(response.Content.Headers.ContentLength));
        });
    }

    [Test]
    public async Task Hold_keeps_the_request_open_without_blocking_others_until_the_fault_is_cleared()
    {
        await SetNationalFaultAsync(new { mode = "Hold" });

        var held = host.PostChangeAsync(SimulatorHost.Change());
        await SimulatorHost.EventuallyAsync(() => host.National.Faults.Held == 1, "the request is being held");
        Assert.That(held.IsCompleted, Is.False, "held");
        using (var other = await host.DeliverAsync("crm", Secret, SimulatorHost.Envelope()))
        using (var control = await host.Client.GetAsync("/_control/national/received"))
        {
            Assert.That((other.StatusCode, control.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)), "other targets and the control API answer");
        }

        Assert.That(host.National.Received, Is.Empty, "not recorded while held");
        await SetNationalFaultAsync(new { mode = "None" });

        using var response = await held;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(host.National.Received, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Many_held_requests_leave_the_simulator_responsive()
    {
        host.National.SetFault(new Fault(FaultMode.Hold));

        var held = Enumerable.Range(0, 300).Select(_ => host.PostChangeAsync(SimulatorHost.Change())).ToList();
        await SimulatorHost.EventuallyAsync(() => host.National.Requests == 300, "every request is held");
        var watch = Stopwatch.StartNew();
        using (var control = await host.Client.GetAsync("/_control/national/received"))
        {
            Assert.That(control.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        host.National.ClearFault();

        var responses = await Task.WhenAll(held);
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(host.National.Received, Has.Count.EqualTo(300));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task A_held_request_whose_client_gives_up_is_not_recorded()
    {
        host.National.SetFault(new Fault(FaultMode.Hold));
        using var giveUp = new CancellationTokenSource();

        var held = host.PostChangeAsync(SimulatorHost.Change(), cancellationToken: giveUp.Token);
        await SimulatorHost.EventuallyAsync(() => host.National.Requests == 1, "the request is held");
        await giveUp.CancelAsync();
        await Assert.ThrowsAsync<TaskCanceledException>(async () => await held);

        // The server notices the closed connection a moment after the client gives up.
        await SimulatorHost.EventuallyAsync(() => host.National.Faults.Held == 0, "the simulator lets the abandoned request go");
        host.National.ClearFault();
        using var next = await host.PostChangeAsync(SimulatorHost.Change());

        Assert.Multiple(() =>
        {
            Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(host.National.Received, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task ForRequests_applies_the_fault_to_the_next_requests_only()
    {
        await SetNationalFaultAsync(new { mode = "ServerError", forRequests = 2 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await host.PostChangeAsync(SimulatorHost.Change());
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK }));
        Assert.That(host.National.Requests, Is.EqualTo(3));
    }

    [Test]
    public async Task A_receivers_fault_touches_that_receiver_only()
    {
        using (var set = await host.PutControlAsync("webhooks/crm/fault", new { mode = "Down" }))
        {
            Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using var faulted = await host.DeliverAsync("crm", Secret, SimulatorHost.Envelope());
        using var other = await host.DeliverAsync("erp", Secret, SimulatorHost.Envelope());
        using var national = await host.PostChangeAsync(SimulatorHost.Change());

        Assert.Multiple(() =>
        {
            Assert.That(faulted.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(national.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(host.Webhooks["crm"].Received, Is.Empty);
            Assert.That(host.Webhooks["crm"].Requests, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_faulted_receiver_answers_before_checking_the_signature()
    {
        host.Webhooks["crm"].SetFault(new Fault(FaultMode.TooManyRequests, RetryAfterSeconds: 3));

        using var response = await host.DeliverAsync("crm", "wrong secret", SimulatorHost.Envelope());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    private async Task SetNationalFaultAsync(object fault)
    {
        using var response = await host.PutControlAsync("national/fault", fault);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await response.Content.ReadAsStringAsync());
    }
}
