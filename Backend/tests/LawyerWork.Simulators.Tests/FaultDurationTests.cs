using System.Net;
using LawyerWork.Simulators.Faults;
using Microsoft.Extensions.Time.Testing;

namespace LawyerWork.Simulators.Tests;

/// <summary>Fault durations run on the simulator's own clock, here a fake one moved by hand.</summary>
public sealed class FaultDurationTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private SimulatorHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => host = await SimulatorHost.StartAsync(clock: clock);

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [SetUp]
    public void Reset() => host.Reset();

    [Test]
    public async Task ForMilliseconds_ends_the_fault_when_the_time_is_up()
    {
        host.National.SetFault(new Fault(FaultMode.ServerError, ForMilliseconds: 5000));

        using var during = await host.PostChangeAsync(SimulatorHost.Change());
        clock.Advance(TimeSpan.FromMilliseconds(5000));
        using var after = await host.PostChangeAsync(SimulatorHost.Change());

        Assert.Multiple(() =>
        {
            Assert.That(during.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(host.National.Faults.Current.Mode, Is.EqualTo(FaultMode.None));
        });
    }

    [Test]
    public async Task A_timed_hold_lets_its_requests_go_when_the_time_is_up()
    {
        host.National.SetFault(new Fault(FaultMode.Hold, ForMilliseconds: 60_000));

        var held = host.PostChangeAsync(SimulatorHost.Change());
        await SimulatorHost.EventuallyAsync(() => host.National.Requests == 1, "the request is held");
        clock.Advance(TimeSpan.FromMinutes(1));

        using var response = await held;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_hold_for_some_requests_holds_them_until_cleared_and_lets_later_ones_through()
    {
        host.National.SetFault(new Fault(FaultMode.Hold, ForRequests: 2));

        var first = host.PostChangeAsync(SimulatorHost.Change());
        var second = host.PostChangeAsync(SimulatorHost.Change());
        await SimulatorHost.EventuallyAsync(() => host.National.Requests == 2, "both requests are held");
        using var third = await host.PostChangeAsync(SimulatorHost.Change());
        Assert.That((third.StatusCode, first.IsCompleted, second.IsCompleted), Is.EqualTo((HttpStatusCode.OK, false, false)));
        host.National.ClearFault();

        var released = await Task.WhenAll(first, second);
        Assert.That(released.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(host.National.Received, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task The_signature_age_is_checked_against_the_simulators_clock()
    {
        host.Webhooks.Configure("crm", "secret", toleranceSeconds: 300);

        using var current = await host.DeliverAsync("crm", "secret", SimulatorHost.Envelope(), clock.GetUtcNow().ToUnixTimeSeconds() - 299);
        using var stale = await host.DeliverAsync("crm", "secret", SimulatorHost.Envelope(), clock.GetUtcNow().ToUnixTimeSeconds() - 301);

        Assert.That((current.StatusCode, stale.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.Unauthorized)));
    }
}
