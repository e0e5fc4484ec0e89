using System.Net;
using System.Text.Json;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Simulators.Faults;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Integration;

/// <summary>
/// The host as a real process, killed (not stopped) ten times while it is sending webhooks: every
/// change it acknowledged reaches the receiver; a delivery interrupted between sending and recording
/// arrives twice at most, and the receiver's deduplication by event id absorbs it.
/// </summary>
public sealed class HostKillTests
{
    [Test]
    public async Task Killing_the_host_in_the_middle_of_dispatch_ten_times_loses_no_acknowledged_change()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lawyerwork-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var database = TestDatabase.Create(folder);
        await using var external = await ExternalSystems.StartAsync();

        // Leases short enough that a restarted host takes over from the killed one in seconds.
        var settings = external.HostSettings(new Dictionary<string, string?>
        {
            ["Outbox:LeaseSeconds"] = "2",
            ["Integration:Delivery:LeaseSeconds"] = "2",
            ["Integration:Delivery:MaxAttempts"] = "1000",
        }).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        var checkpoints = Path.Combine(folder, "checkpoints");
        var host = await HostProcess.StartAsync(database, checkpoints, settings);
        try
        {
            string receiverSecret;
            using (var client = host.Client())
            {
                var registered = await (await client.SendAsync(Post("/api/access/clients",
                    new { displayName = "崩溃测试接收方", scopes = new[] { "registry.read" }, dataScope = "region:220000" }, Province, IntegrationDriver.Admin))).AssertCreatedJsonAsync();
                var created = await (await client.SendAsync(Post("/api/integration/webhooks", new
                {
                    clientId = registered.GetProperty("client").GetProperty("clientId").GetString(),
                    url = external.ReceiverUrl("crash"),
                    eventTypes = new[] { "FirmRegistered" },
                }, Province, IntegrationDriver.Admin))).AssertCreatedJsonAsync();
                receiverSecret = created.GetProperty("secret").GetString()!;
            }

            // A slow receiver keeps dispatch busy, so that a kill lands in the middle of it.
            var receiver = external.Webhooks.Configure("crash", receiverSecret, toleranceSeconds: 300);
            receiver.SetFault(new Fault(FaultMode.Slow, DelayMilliseconds: 50));

            var acknowledged = new List<Guid>();
            for (var round = 0; round < 10; round++)
            {
                var before = receiver.Requests;
                using (var client = host.Client())
                {
                    for (var i = 0; i < 20; i++)
                    {
                        var response = await client.SendAsync(Post("/api/registry/firms", FirmBody()));
                        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
                        acknowledged.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid());
                    }
                }

                // Killed while a delivery is on the wire or about to be recorded.
                await WaitAsync(() => receiver.Requests > before + 1, "dispatch is under way");
                host.Dispose();
                host = await HostProcess.StartAsync(database, checkpoints, settings);
            }

            receiver.ClearFault();
            await WaitAsync(() => acknowledged.All(id => receiver.Received.Any(r => r.AggregateId == id)), "every acknowledged firm's event arrives", seconds: 120);

            var received = receiver.Received;
            Assert.That(received.Select(r => r.Id), Is.Unique, "the receiver recorded each event once");
            Assert.That(received.Select(r => r.AggregateId), Is.EquivalentTo(acknowledged), "every acknowledged change, and nothing else");
            Assert.That(received.Sum(r => r.Deliveries) - received.Count, Is.LessThanOrEqualTo(10), "at most the one in hand at each kill is sent twice");
        }
        finally
        {
            host.Dispose();
        }
    }

    private static async Task WaitAsync(Func<bool> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("Timed out waiting until " + what);
            }

            await Task.Delay(20);
        }
    }
}
