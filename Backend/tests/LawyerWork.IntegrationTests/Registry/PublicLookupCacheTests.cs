using System.Net;
using System.Text.Json;
using LawyerWork.Access;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Registry;

/// <summary>
/// The per-host cache of public answers (ADR 0016): a cached answer is forgotten when this host
/// consumes the event of a change, and expires after its time to live when another host consumed it.
/// Each test reads the answer first, so that a missed invalidation would serve the old value.
/// </summary>
public sealed class PublicLookupCacheTests
{
    private FakeTimeProvider clock = null!;
    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;
    private RegistrySamples samples = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 30, 2, 0, 0, TimeSpan.Zero));
        factory = new LawyerWorkFactory(
            settings: new Dictionary<string, string?> { ["Registry:PublicCache:Seconds"] = "60" },
            services: services => services.AddSingleton<TimeProvider>(clock));
        client = factory.CreateClient();
        samples = new RegistrySamples(client);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task A_lawyer_update_shows_once_its_event_is_consumed()
    {
        var (_, _, lawyerId, certificate) = await LawyerAsync(samples);
        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("name").GetString(), Is.EqualTo("张三"));

        var update = new { name = "张三丰", gender = "Male", category = "FullTime", firstPracticeYear = 2010, specialties = new[] { "ForeignRelated" } };
        await (await client.SendAsync(Put($"/api/registry/lawyers/{lawyerId}", update, ETag(0)))).AssertOkJsonAsync();
        await DeliverEventsAsync(factory);

        var answer = await PublicLawyerAsync(client, certificate);
        Assert.That(answer.GetProperty("name").GetString(), Is.EqualTo("张三丰"));
        Assert.That(answer.GetProperty("specialties").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "ForeignRelated" }));
    }

    [Test]
    public async Task A_suspension_shows_in_the_lawyers_answer_and_in_the_firms_count()
    {
        var (_, uscc, lawyerId, certificate) = await LawyerAsync(samples);
        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("status").GetString(), Is.EqualTo("Practising"));
        Assert.That((await PublicFirmAsync(client, uscc)).GetProperty("practisingLawyerCount").GetInt32(), Is.EqualTo(1));

        var step = new { effectiveOn = "2026-09-15", reason = "行政处罚：停止执业三个月" };
        await (await client.SendAsync(Step($"/api/registry/lawyers/{lawyerId}/suspension", step, ETag(0)))).AssertOkJsonAsync();
        await DeliverEventsAsync(factory);

        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("status").GetString(), Is.EqualTo("Suspended"));
        Assert.That((await PublicFirmAsync(client, uscc)).GetProperty("practisingLawyerCount").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task A_transfer_shows_the_new_firm_and_moves_both_counts()
    {
        var (_, fromUscc, lawyerId, certificate) = await LawyerAsync(samples);
        var to = await samples.CreateFirmAsync(body: FirmBody(name: $"转入{Next()}律师事务所"));
        var toUscc = to.GetProperty("uscc").GetString()!;
        var before = await PublicLawyerAsync(client, certificate);
        Assert.That((await PublicFirmAsync(client, fromUscc)).GetProperty("practisingLawyerCount").GetInt32(), Is.EqualTo(1));
        Assert.That((await PublicFirmAsync(client, toUscc)).GetProperty("practisingLawyerCount").GetInt32(), Is.Zero);

        var transfer = new { toFirmId = to.GetProperty("id").GetString(), effectiveOn = "2026-09-15" };
        await (await client.SendAsync(Step($"/api/registry/lawyers/{lawyerId}/transfer", transfer, ETag(0)))).AssertOkJsonAsync();
        await DeliverEventsAsync(factory);

        var after = await PublicLawyerAsync(client, certificate);
        Assert.That(after.GetProperty("firmName").GetString(), Is.EqualTo(to.GetProperty("name").GetString()).And.Not.EqualTo(before.GetProperty("firmName").GetString()));
        Assert.That((await PublicFirmAsync(client, fromUscc)).GetProperty("practisingLawyerCount").GetInt32(), Is.Zero);
        Assert.That((await PublicFirmAsync(client, toUscc)).GetProperty("practisingLawyerCount").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_firm_rename_shows_in_the_firms_answer_and_in_each_of_its_lawyers()
    {
        var (firmId, uscc, _, certificate) = await LawyerAsync(samples);
        var firm = await (await client.SendAsync(Get($"/api/registry/firms/{firmId}"))).AssertOkJsonAsync();
        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("firmName").GetString(), Is.EqualTo(firm.GetProperty("name").GetString()));
        Assert.That((await PublicFirmAsync(client, uscc)).GetProperty("name").GetString(), Is.EqualTo(firm.GetProperty("name").GetString()));

        var body = FirmBody();
        body["uscc"] = uscc;
        body["licenceNumber"] = firm.GetProperty("licenceNumber").GetString();
        body["name"] = $"更名{Next()}律师事务所";
        await (await client.SendAsync(Put($"/api/registry/firms/{firmId}", body, ETag(firm.GetProperty("version").GetInt64())))).AssertOkJsonAsync();
        await DeliverEventsAsync(factory);

        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("firmName").GetString(), Is.EqualTo(body["name"]));
        Assert.That((await PublicFirmAsync(client, uscc)).GetProperty("name").GetString(), Is.EqualTo(body["name"]));
    }

    [Test]
    public async Task An_integrity_record_is_disclosed_once_its_event_is_consumed()
    {
        var (firmId, uscc, lawyerId, certificate) = await LawyerAsync(samples);
        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("integrity").GetArrayLength(), Is.Zero);
        Assert.That((await PublicFirmAsync(client, uscc)).GetProperty("integrity").GetArrayLength(), Is.Zero);

        foreach (var (subject, id) in new[] { ("Lawyer", lawyerId), ("Firm", firmId) })
        {
            var reward = new { kind = "Reward", subject, subjectId = id, measure = "Reward:Commendation", title = "2025年度全省优秀", decidedBy = "吉林省律师协会", documentNumber = $"吉律协发〔2026〕{Next()}号", decidedOn = "2026-09-01" };
            await (await client.SendAsync(Post("/api/supervision/integrity-records", reward, Changchun, Roles.AssociationStaff))).AssertCreatedJsonAsync();
        }

        await DeliverEventsAsync(factory);

        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("integrity")[0].GetProperty("title").GetString(), Is.EqualTo("2025年度全省优秀"));
        Assert.That((await PublicFirmAsync(client, uscc)).GetProperty("integrity").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_cached_search_page_is_forgotten_when_a_lawyer_or_their_firm_changes()
    {
        var (firmId, _, lawyerId, certificate) = await LawyerAsync(samples);
        await DeliverEventsAsync(factory);
        var search = $"/api/public/lawyers?certificateNumber={certificate}&pageSize=20";
        Assert.That(await SearchedAsync(search), Is.EqualTo(("张三", (await FirmNameAsync(firmId)))));

        var update = new { name = "张三丰", gender = "Male", category = "FullTime", firstPracticeYear = 2010 };
        await (await client.SendAsync(Put($"/api/registry/lawyers/{lawyerId}", update, ETag(0)))).AssertOkJsonAsync();
        await DeliverEventsAsync(factory);
        Assert.That((await SearchedAsync(search)).Name, Is.EqualTo("张三丰"));

        var firm = await (await client.SendAsync(Get($"/api/registry/firms/{firmId}"))).AssertOkJsonAsync();
        var body = FirmBody();
        body["uscc"] = firm.GetProperty("uscc").GetString();
        body["licenceNumber"] = firm.GetProperty("licenceNumber").GetString();
        body["name"] = $"新名{Next()}律师事务所";
        await (await client.SendAsync(Put($"/api/registry/firms/{firmId}", body, ETag(firm.GetProperty("version").GetInt64())))).AssertOkJsonAsync();
        await DeliverEventsAsync(factory);
        Assert.That((await SearchedAsync(search)).FirmName, Is.EqualTo(body["name"]));
    }

    [Test]
    public async Task A_number_not_found_is_not_cached_and_shows_once_registered()
    {
        var firmId = Guid.Parse((await samples.CreateFirmAsync()).GetProperty("id").GetString()!);
        var body = LawyerBody(firmId, name: "赵六");
        var certificate = (string)body["certificateNumber"]!;
        await (await client.GetAsync($"/api/public/lawyers/{certificate}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/public/lawyers?certificateNumber={certificate}")).AssertOkJsonAsync();

        await (await client.SendAsync(Post("/api/registry/lawyers", body))).AssertCreatedJsonAsync();
        await DeliverEventsAsync(factory);

        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("name").GetString(), Is.EqualTo("赵六"));
        Assert.That(await SearchedAsync($"/api/public/lawyers?certificateNumber={certificate}"), Is.EqualTo(("赵六", await FirmNameAsync(firmId))),
            "the empty page cached before the registration was forgotten by its event");
    }

    [Test]
    public async Task Bad_input_is_refused_with_the_cache_on_even_beside_cached_answers()
    {
        var (_, uscc, _, certificate) = await LawyerAsync(samples);
        await PublicLawyerAsync(client, certificate);
        await PublicFirmAsync(client, uscc);
        await (await client.GetAsync($"/api/public/lawyers?certificateNumber={certificate}")).AssertOkJsonAsync();

        await (await client.GetAsync($"/api/public/lawyers/{certificate[..16]}")).AssertValidationProblemAsync("certificateNumber");
        await (await client.GetAsync($"/api/public/lawyers?certificateNumber={certificate}&pageSize=0")).AssertValidationProblemAsync("pageSize");
        await (await client.GetAsync("/api/public/lawyers?regionCode=220100")).AssertValidationProblemAsync("name");
        await (await client.GetAsync($"/api/public/firms/{uscc[..17]}")).AssertValidationProblemAsync("uscc");
    }

    [Test]
    public async Task A_change_consumed_by_another_host_shows_here_when_the_cached_answer_expires()
    {
        var (_, _, lawyerId, certificate) = await LawyerAsync(samples);
        await DeliverEventsAsync(factory);
        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("name").GetString(), Is.EqualTo("张三"));

        // Another host holds Registry's outbox lease: it, not this host, consumes the update's event.
        await using var another = await HoldRegistryOutboxAsync(factory, clock);
        var update = new { name = "李四", gender = "Male", category = "FullTime", firstPracticeYear = 2010 };
        await (await client.SendAsync(Put($"/api/registry/lawyers/{lawyerId}", update, ETag(0)))).AssertOkJsonAsync();
        await DeliverEventsAsync(factory);

        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("name").GetString(), Is.EqualTo("张三"), "cached on this host for up to 60 s");
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That((await PublicLawyerAsync(client, certificate)).GetProperty("name").GetString(), Is.EqualTo("李四"), "expired, read again");
    }

    [Test]
    public async Task With_the_cache_off_every_look_up_reads_the_register()
    {
        using var uncached = new LawyerWorkFactory(
            settings: new Dictionary<string, string?> { ["Registry:PublicCache:Seconds"] = "0" },
            services: services => services.AddSingleton<TimeProvider>(clock));
        using var uncachedClient = uncached.CreateClient();
        var (_, uscc, lawyerId, certificate) = await LawyerAsync(new RegistrySamples(uncachedClient));
        await DeliverEventsAsync(uncached);
        Assert.That((await PublicLawyerAsync(uncachedClient, certificate)).GetProperty("name").GetString(), Is.EqualTo("张三"));
        Assert.That((await PublicFirmAsync(uncachedClient, uscc)).GetProperty("practisingLawyerCount").GetInt32(), Is.EqualTo(1));

        // No event reaches this host's consumers, and yet the next look-up sees the change.
        await using var another = await HoldRegistryOutboxAsync(uncached, clock);
        var update = new { name = "王五", gender = "Male", category = "FullTime", firstPracticeYear = 2010 };
        await (await uncachedClient.SendAsync(Put($"/api/registry/lawyers/{lawyerId}", update, ETag(0)))).AssertOkJsonAsync();
        await (await uncachedClient.SendAsync(Step($"/api/registry/lawyers/{lawyerId}/suspension", new { effectiveOn = "2026-09-15", reason = "停止执业" }, ETag(1)))).AssertOkJsonAsync();

        var answer = await PublicLawyerAsync(uncachedClient, certificate);
        Assert.That((answer.GetProperty("name").GetString(), answer.GetProperty("status").GetString()), Is.EqualTo(("王五", "Suspended")));
        Assert.That((await PublicFirmAsync(uncachedClient, uscc)).GetProperty("practisingLawyerCount").GetInt32(), Is.Zero);
        await (await uncachedClient.GetAsync("/api/public/lawyers/12201201011999999")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<(Guid FirmId, string Uscc, Guid LawyerId, string Certificate)> LawyerAsync(RegistrySamples samples)
    {
        var firm = await samples.CreateFirmAsync();
        var firmId = Guid.Parse(firm.GetProperty("id").GetString()!);
        var lawyer = await samples.CreateLawyerAsync(firmId);
        return (firmId, firm.GetProperty("uscc").GetString()!, Guid.Parse(lawyer.GetProperty("id").GetString()!), lawyer.GetProperty("certificateNumber").GetString()!);
    }

    private async Task<(string? Name, string? FirmName)> SearchedAsync(string path)
    {
        var page = await (await client.GetAsync(path)).AssertOkJsonAsync();
        var item = page.GetProperty("items").EnumerateArray().Single();
        return (item.GetProperty("name").GetString(), item.GetProperty("firmName").GetString());
    }

    private async Task<string?> FirmNameAsync(Guid firmId) =>
        (await (await client.SendAsync(Get($"/api/registry/firms/{firmId}"))).AssertOkJsonAsync()).GetProperty("name").GetString();

    private static async Task<JsonElement> PublicLawyerAsync(HttpClient client, string certificate) =>
        await (await client.GetAsync($"/api/public/lawyers/{certificate}")).AssertOkJsonAsync();

    private static async Task<JsonElement> PublicFirmAsync(HttpClient client, string uscc) =>
        await (await client.GetAsync($"/api/public/firms/{uscc}")).AssertOkJsonAsync();

    /// <summary>Dispatch passes until every consumer has taken every event (a consumer's own events need a further pass).</summary>
    private static async Task DeliverEventsAsync(LawyerWorkFactory host)
    {
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        for (var i = 0; i < 3; i++)
        {
            await dispatcher.DispatchPendingAsync(CancellationToken.None);
        }
    }

    /// <summary>Takes Registry's outbox lease from this host for "another host" until disposed.</summary>
    private static async Task<IAsyncDisposable> HoldRegistryOutboxAsync(LawyerWorkFactory host, TimeProvider clock)
    {
        var job = OutboxDispatcher.JobFor("registry");
        using var scope = host.Services.CreateScope();
        var leases = scope.ServiceProvider.GetRequiredService<AuditDbContext>().Leases;
        await leases.ReleaseAsync(job, host.Services.GetRequiredService<OutboxDispatcher>().Owner, CancellationToken.None);
        Assert.That(await leases.TryAcquireAsync(job, "another-host", TimeSpan.FromHours(1), clock, CancellationToken.None), Is.True);
        return new Release(host, job);
    }

    private sealed class Release(LawyerWorkFactory host, string job) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            using var scope = host.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Leases.ReleaseAsync(job, "another-host", CancellationToken.None);
        }
    }
}
