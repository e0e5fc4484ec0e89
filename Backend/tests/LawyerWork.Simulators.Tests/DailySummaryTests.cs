using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace LawyerWork.Simulators.Tests;

public sealed class DailySummaryTests
{
    private SimulatorHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => host = await SimulatorHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [SetUp]
    public void Reset() => host.Reset();

    [Test]
    public async Task The_summary_of_a_Beijing_day_hashes_its_sorted_event_ids()
    {
        // Chosen so that the ordinal order differs from the order of sending.
        var lateUtc = Guid.Parse("f0000000-0000-0000-0000-000000000001");   // 2025-03-01 16:30 UTC = 03-02 00:30 in Beijing
        var local = Guid.Parse("0a000000-0000-0000-0000-000000000002");     // 03-02 10:00 in Beijing
        var dayBefore = Guid.Parse("1b000000-0000-0000-0000-000000000003"); // 2025-03-01 15:59:59 UTC = 03-01 23:59:59 in Beijing
        var dayAfter = Guid.Parse("2c000000-0000-0000-0000-000000000004");  // 2025-03-02 16:00 UTC = 03-03 00:00 in Beijing
        await SendAsync(lateUtc, "2025-03-01T16:30:00Z");
        await SendAsync(local, "2025-03-02T10:00:00+08:00");
        await SendAsync(dayBefore, "2025-03-01T15:59:59+00:00");
        await SendAsync(dayAfter, "2025-03-02T16:00:00Z");
        await SendAsync(lateUtc, "2025-03-01T16:30:00Z"); // a duplicate counts once

        using var response = await host.GetNationalAsync("daily-summary?date=2025-03-02");

        var summary = await SimulatorHost.ReadJsonAsync(response);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            "0a000000-0000-0000-0000-000000000002\nf0000000-0000-0000-0000-000000000001")));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(summary.GetProperty("date").GetString(), Is.EqualTo("2025-03-02"));
            Assert.That(summary.GetProperty("count").GetInt32(), Is.EqualTo(2));
            Assert.That(summary.GetProperty("hash").GetString(), Is.EqualTo(expected));
        });

        using var ids = await host.GetNationalAsync("daily-summary/ids?date=2025-03-02");
        var list = await SimulatorHost.ReadJsonAsync(ids);
        Assert.That(list.GetProperty("eventIds").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[]
        {
            "0a000000-0000-0000-0000-000000000002",
            "f0000000-0000-0000-0000-000000000001",
        }));
    }

    [Test]
    public async Task A_day_without_changes_hashes_the_empty_string()
    {
        using var response = await host.GetNationalAsync("daily-summary?date=2025-01-01");

        var summary = await SimulatorHost.ReadJsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("count").GetInt32(), Is.Zero);
            Assert.That(summary.GetProperty("hash").GetString(), Is.EqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        });
    }

    [TestCase("daily-summary")]
    [TestCase("daily-summary?date=2025-3-2")]
    [TestCase("daily-summary/ids?date=yesterday")]
    public async Task A_missing_or_malformed_date_is_refused_with_400_naming_it(string pathAndQuery)
    {
        using var response = await host.GetNationalAsync(pathAndQuery);

        Assert.That(await SimulatorHost.ErrorFieldsAsync(response), Is.EquivalentTo(new[] { "date" }));
    }

    [Test]
    public async Task The_summary_needs_the_token()
    {
        using var response = await host.Client.GetAsync("/national/api/v1/daily-summary?date=2025-03-02");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private async Task SendAsync(Guid eventId, string occurredAt)
    {
        using var response = await host.PostChangeAsync(SimulatorHost.Change(eventId, occurredAt));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
