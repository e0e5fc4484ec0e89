using System.Net;
using LawyerWork.IntegrationTests.Infrastructure;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Registry;

/// <summary>The firm detail and the update's answer (issue #11: the detail was two round trips, the update read the region again).</summary>
public sealed class FirmDetailTests
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
    public async Task Reading_a_firm_is_one_round_trip_with_its_region_name()
    {
        var firm = await samples.CreateFirmAsync();
        var path = $"/api/registry/firms/{firm.GetProperty("id").GetString()}";
        await (await client.SendAsync(Get(path, Changchun, "city-officer"))).AssertOkJsonAsync();

        var commands = await factory.DuringAsync(client, Get(path, Changchun, "city-officer"), "firm");
        Assert.That(commands, Has.Count.EqualTo(1), string.Join("\n\n", commands));
        TestContext.Out.WriteLine(commands[0]);
        var read = await (await client.SendAsync(Get(path, Changchun, "city-officer"))).AssertOkJsonAsync();
        Assert.That(read.GetProperty("regionName").GetString(), Is.EqualTo("朝阳区"));
    }

    [Test]
    public async Task A_firm_outside_the_callers_scope_is_the_same_404_as_an_unknown_one()
    {
        var firm = await samples.CreateFirmAsync();
        var path = $"/api/registry/firms/{firm.GetProperty("id").GetString()}";
        var unknown = await (await client.SendAsync(Get($"/api/registry/firms/{Guid.CreateVersion7()}"))).AssertProblemAsync(HttpStatusCode.NotFound);

        var otherFirm = $"firm:{(await samples.CreateFirmAsync()).GetProperty("id").GetString()}";
        var lawyerElsewhere = $"self:{(await samples.CreateLawyerAsync(Guid.Parse(otherFirm[5..]))).GetProperty("id").GetString()}";
        foreach (var (scope, role) in new[] { (JilinCity, "city-officer"), (otherFirm, "firm-administrator"), (lawyerElsewhere, "lawyer") })
        {
            var problem = await (await client.SendAsync(Get(path, scope, role))).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo(unknown.GetProperty("title").GetString()), scope);
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo(unknown.GetProperty("detail").GetString()), scope);
        }

        var ownLawyer = $"self:{(await samples.CreateLawyerAsync(Guid.Parse(firm.GetProperty("id").GetString()!))).GetProperty("id").GetString()}";
        Assert.That((await client.SendAsync(Get(path, ownLawyer, "lawyer"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_update_answers_what_a_following_read_shows_even_after_a_move_to_another_region()
    {
        var firm = await samples.CreateFirmAsync();
        var path = $"/api/registry/firms/{firm.GetProperty("id").GetString()}";
        var body = FirmBody("220102");
        body["uscc"] = firm.GetProperty("uscc").GetString();
        body["licenceNumber"] = firm.GetProperty("licenceNumber").GetString();

        var put = await client.SendAsync(Put(path, body, ETag(0)));
        var answered = await put.AssertOkJsonAsync();
        var get = await client.SendAsync(Get(path));
        var read = await get.AssertOkJsonAsync();

        Assert.That(answered.GetProperty("regionName").GetString(), Is.EqualTo("南关区"));
        Assert.That(answered.GetRawText(), Is.EqualTo(read.GetRawText()));
        Assert.That(put.Headers.ETag, Is.EqualTo(get.Headers.ETag));
    }
}
