using System.Net;
using System.Text.Json;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Registry;

/// <summary>
/// The lawyer detail and the update's answer: what they show, to whom, and how many round trips they cost
/// (issue #11: the detail was four round trips, the update read the lawyer again after saving).
/// </summary>
public sealed class LawyerDetailTests
{
    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;
    private RegistrySamples samples = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        factory = new LawyerWorkFactory(settings: DatabaseCommands.Logged);
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
    public async Task A_transferred_lawyer_shows_both_firms_in_the_history_and_every_specialty()
    {
        var (from, to) = (await NewFirmAsync(), await NewFirmAsync());
        var lawyer = await samples.CreateLawyerAsync(from);
        var path = $"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}";
        await (await client.SendAsync(Step(path + "/transfer", new { toFirmId = to, effectiveOn = "2026-02-01" }, ETag(0)))).AssertOkJsonAsync();

        foreach (var (scope, role) in new[] { (Province, "provincial-officer"), (Changchun, "city-officer") })
        {
            var detail = await (await client.SendAsync(Get(path, scope, role))).AssertOkJsonAsync();
            Assert.That(detail.GetProperty("firmId").GetString(), Is.EqualTo(to.ToString()));
            Assert.That(detail.GetProperty("firmName").GetString(), Is.Not.Empty);
            Assert.That(detail.GetProperty("regionName").GetString(), Is.EqualTo("朝阳区"));
            Assert.That(detail.GetProperty("languages").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[] { "en" }));
            Assert.That(detail.GetProperty("specialties").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "Criminal", "Labour" }));
            var history = detail.GetProperty("firmHistory").EnumerateArray().ToList();
            Assert.That(history.Select(p => p.GetProperty("firmId").GetString()), Is.EqualTo(new[] { from.ToString(), to.ToString() }));
            Assert.That(history.Select(p => p.GetProperty("from").GetString()), Is.EqualTo(new[] { "2020-01-01", "2026-02-01" }));
            Assert.That(history[0].GetProperty("to").GetString(), Is.EqualTo("2026-01-31"));
            Assert.That(history[1].GetProperty("to").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task A_lawyer_outside_the_callers_scope_is_the_same_404_as_an_unknown_one()
    {
        var firm = await NewFirmAsync();
        var lawyer = await samples.CreateLawyerAsync(firm);
        var path = $"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}";
        var unknown = await (await client.SendAsync(Get($"/api/registry/lawyers/{Guid.CreateVersion7()}"))).AssertProblemAsync(HttpStatusCode.NotFound);

        var otherFirm = $"firm:{await NewFirmAsync()}";
        var otherLawyer = $"self:{(await samples.CreateLawyerAsync(firm)).GetProperty("id").GetString()}";
        foreach (var (scope, role) in new[] { (JilinCity, "city-officer"), (otherFirm, "firm-administrator"), (otherLawyer, "lawyer") })
        {
            var problem = await (await client.SendAsync(Get(path, scope, role))).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo(unknown.GetProperty("type").GetString()), scope);
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo(unknown.GetProperty("title").GetString()), scope);
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo(unknown.GetProperty("detail").GetString()), scope);
        }

        var own = await client.SendAsync(Get(path, $"self:{lawyer.GetProperty("id").GetString()}", "lawyer"));
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_unmasked_read_is_on_record_with_the_lawyer_and_its_region()
    {
        var lawyer = await samples.CreateLawyerAsync(await NewFirmAsync());
        var id = lawyer.GetProperty("id").GetString();
        await (await client.SendAsync(Get($"/api/registry/lawyers/{id}", Changchun, "city-officer"))).AssertOkJsonAsync();
        await (await client.SendAsync(Get($"/api/registry/lawyers/{id}"))).AssertOkJsonAsync();

        using var scope = factory.Services.CreateScope();
        var reads = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.Operation == "ReadPersonalData" && r.TargetId == id).ToListAsync();
        Assert.That(reads, Has.Count.EqualTo(1));
        Assert.That(reads[0].TargetType, Is.EqualTo("Lawyer"));
        Assert.That(reads[0].RegionCode, Is.EqualTo("220104"));
        Assert.That(reads[0].Outcome, Is.EqualTo(AuditOutcome.Succeeded));
    }

    [Test]
    public async Task The_update_answers_what_a_following_read_shows()
    {
        var (from, to) = (await NewFirmAsync(), await NewFirmAsync());
        var lawyer = await samples.CreateLawyerAsync(from);
        var path = $"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}";
        await (await client.SendAsync(Step(path + "/transfer", new { toFirmId = to, effectiveOn = "2026-02-01" }, ETag(0)))).AssertOkJsonAsync();

        var version = 1;
        foreach (var (scope, role) in new[] { (Province, "provincial-officer"), (Changchun, "city-officer") })
        {
            var update = new
            {
                name = "李四" + version, gender = "Male", category = "FullTime", firstPracticeYear = 2010, foreignRelated = true,
                languages = new[] { "ru", "EN" }, specialties = new[] { "Labour", "ForeignRelated", "Criminal" },
            };
            var put = await client.SendAsync(Put(path, update, ETag(version), scope, role));
            var answered = await put.AssertOkJsonAsync();
            var get = await client.SendAsync(Get(path, scope, role));
            var read = await get.AssertOkJsonAsync();

            Assert.That(answered.GetRawText(), Is.EqualTo(read.GetRawText()), scope);
            Assert.That(put.Headers.ETag, Is.EqualTo(get.Headers.ETag));
            Assert.That(put.Headers.ETag!.Tag, Is.EqualTo(ETag(version + 1)));
            version++;
        }
    }

    [Test]
    public async Task Reading_a_lawyer_is_one_round_trip()
    {
        var lawyer = await samples.CreateLawyerAsync(await NewFirmAsync());
        var path = $"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}";
        await (await client.SendAsync(Get(path, Changchun, "city-officer"))).AssertOkJsonAsync();

        var read = await factory.DuringAsync(client, Get(path, Changchun, "city-officer"), "lawyer");
        Assert.That(read, Has.Count.EqualTo(1), string.Join("\n\n", read));
        TestContext.Out.WriteLine(read[0]);
    }

    [Test]
    public async Task Updating_a_lawyer_reads_it_once_and_not_again_after_saving()
    {
        var lawyer = await samples.CreateLawyerAsync(await NewFirmAsync());
        var path = $"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}";
        var update = new { name = "王五", gender = "Male", category = "FullTime", firstPracticeYear = 2010, specialties = new[] { "Criminal" } };

        var commands = await factory.DuringAsync(client, Put(path, update, ETag(0), Changchun, "city-officer"), "lawyer");
        var reads = commands.Where(c => c.Contains("SELECT", StringComparison.Ordinal)).ToList();
        Assert.That(reads, Has.Count.EqualTo(1), string.Join("\n\n", commands));
        Assert.That(commands.Last(), Does.Contain("UPDATE"), "nothing read after the save");
    }

    private async Task<Guid> NewFirmAsync() => Guid.Parse((await samples.CreateFirmAsync()).GetProperty("id").GetString()!);
}
