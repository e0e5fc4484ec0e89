using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LawyerWork.Access;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Host;

/// <summary>
/// Two host processes on two ports and one server database, as behind a load balancer: what one
/// writes the other reads, optimistic concurrency holds across them, background work runs once,
/// and a session begun on one is good on the other.
/// </summary>
[NonParallelizable]
public sealed partial class TwoHostProcessesTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "lawyerwork-tests", Guid.NewGuid().ToString("N"));
    private TestDatabase database = null!;
    private HostProcess hostA = null!;
    private HostProcess hostB = null!;
    private HttpClient a = null!;
    private HttpClient b = null!;

    [OneTimeSetUp]
    public async Task StartTwoHosts()
    {
        if (TestDatabase.RunProvider == DatabaseProvider.Sqlite)
        {
            Assert.Ignore("Several hosts share a server database; the embedded SQLite file serves one host (docs/operations/scaling-out.md). This fixture runs in the PostgreSQL run of the suite.");
        }

        Directory.CreateDirectory(folder);
        database = TestDatabase.Create(folder);
        var settings = new Dictionary<string, string>
        {
            // Both hosts try to seal every second and to dispatch every 100 ms: only the lease holder may.
            ["Audit__SealIntervalSeconds"] = "1",
            ["Outbox__PollIntervalMilliseconds"] = "100",
            ["Logging__LogLevel__LawyerWork.BuildingBlocks.Outbox.OutboxDispatcher"] = "Debug",
        };
        var checkpoints = Path.Combine(folder, "checkpoints");
        hostA = await HostProcess.StartAsync(database, checkpoints, settings);
        hostB = await HostProcess.StartAsync(database, checkpoints, settings);
        a = hostA.Client();
        b = hostB.Client();
    }

    [OneTimeTearDown]
    public void StopHosts()
    {
        a?.Dispose();
        b?.Dispose();
        hostA?.Dispose();
        hostB?.Dispose();
        database?.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temporary folder is the operating system's to clean.
        }
    }

    [Test]
    public async Task A_write_through_one_host_is_read_through_the_other()
    {
        var firm = await new RegistrySamples(a).CreateFirmAsync();
        var read = await (await b.SendAsync(Get($"/api/registry/firms/{firm.GetProperty("id").GetString()}"))).AssertOkJsonAsync();
        Assert.That(read.GetProperty("uscc").GetString(), Is.EqualTo(firm.GetProperty("uscc").GetString()));
    }

    [Test]
    public async Task Concurrent_updates_through_both_hosts_give_one_success_and_one_412()
    {
        var firm = await new RegistrySamples(a).CreateFirmAsync();
        var path = $"/api/registry/firms/{firm.GetProperty("id").GetString()}";
        for (var round = 0; round < 5; round++)
        {
            var version = (await (await a.SendAsync(Get(path))).AssertOkJsonAsync()).GetProperty("version").GetInt64();
            var both = await Task.WhenAll(
                a.SendAsync(Put(path, FirmBody(name: $"并发甲{round}律师事务所"), ETag(version))),
                b.SendAsync(Put(path, FirmBody(name: $"并发乙{round}律师事务所"), ETag(version))));
            Assert.That(both.Select(r => r.StatusCode).Order(), Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }), $"round {round}");
        }
    }

    [Test]
    public async Task Outbox_dispatch_and_audit_sealing_run_once_across_both_hosts()
    {
        var firms = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var firm = await new RegistrySamples(i % 2 == 0 ? a : b).CreateFirmAsync();
            firms.Add(firm.GetProperty("id").GetString()!);
        }

        // Every event dispatched, and each by exactly one of the two hosts, once.
        JsonElement pending = default;
        for (var i = 0; i < 150 && (pending.ValueKind == JsonValueKind.Undefined || pending.GetProperty("totalCount").GetInt64() > 0); i++)
        {
            await Task.Delay(100);
            pending = await (await b.SendAsync(Get("/api/outbox/registry/messages?state=Pending", Province, Roles.SystemAdministrator))).AssertOkJsonAsync();
        }

        Assert.That(pending.GetProperty("totalCount").GetInt64(), Is.Zero, "every event is dispatched");
        var dispatched = hostA.Output.Concat(hostB.Output).SelectMany(line => DispatchedLine().Matches(line).Select(m => m.Groups[1].Value)).ToList();
        var messages = await (await a.SendAsync(Get("/api/outbox/registry/messages?pageSize=100", Province, Roles.SystemAdministrator))).AssertOkJsonAsync();
        var ids = messages.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
        Assert.That(ids, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(dispatched.Order(), Is.EqualTo(ids.Order()), "each message dispatched exactly once by exactly one host");
        Assert.That(messages.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("attempts").GetInt32()), Has.All.EqualTo(1));

        // Both sealers run every second; the lease lets one at a time, so the records of both hosts form one intact chain.
        JsonElement verification = default;
        for (var i = 0; i < 100; i++)
        {
            verification = await (await a.SendAsync(Get("/api/audit/verification", Province, Roles.Auditor))).AssertOkJsonAsync();
            if (verification.GetProperty("unsealedRecords").GetInt64() == 0)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.That(verification.GetProperty("intact").GetBoolean(), Is.True, verification.GetRawText());
        Assert.That(verification.GetProperty("unsealedRecords").GetInt64(), Is.Zero);
        Assert.That(verification.GetProperty("sealedRecords").GetInt64(), Is.GreaterThanOrEqualTo(20));
    }

    [Test]
    public async Task A_session_and_antiforgery_token_from_one_host_work_on_the_other()
    {
        var created = await a.SendAsync(Post("/api/access/users",
            new { userName = "two.processes", displayName = "两台主机", role = Roles.ProvincialOfficer, dataScope = "region:220000" },
            Province, Roles.SystemAdministrator));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var temporary = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("temporaryPassword").GetString()!;
        var browser = new BrowserSession();

        Task<HttpResponseMessage> Send(HttpClient host, HttpMethod method, string path, object? body = null) => browser.SendAsync(host, method, path, body);

        await Send(a, HttpMethod.Get, "/api/auth/antiforgery");
        await (await Send(a, HttpMethod.Post, "/api/auth/sign-in", new { userName = "two.processes", password = temporary })).AssertOkJsonAsync();

        // The cookie from A is a session on B, and A's antiforgery token passes B's check on a write.
        var session = await (await Send(b, HttpMethod.Get, "/api/auth/session")).AssertOkJsonAsync();
        Assert.That(session.GetProperty("displayName").GetString(), Is.EqualTo("两台主机"));
        var changed = await Send(b, HttpMethod.Post, "/api/auth/password", new { currentPassword = temporary, newPassword = "Another-Good-Pass-2" });
        Assert.That(changed.IsSuccessStatusCode, Is.True, await changed.Content.ReadAsStringAsync());
        var firm = await Send(a, HttpMethod.Post, "/api/registry/firms", FirmBody());
        Assert.That(firm.StatusCode, Is.EqualTo(HttpStatusCode.Created), await firm.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("Dispatched outbox message ([0-9a-f-]{36})")]
    private static partial Regex DispatchedLine();
}
