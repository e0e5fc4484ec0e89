using System.Net;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Access;

public sealed class UserAdministrationTests
{
    private const string Admin = "system-administrator";
    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        factory = new LawyerWorkFactory();
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task An_administrator_creates_an_account_whose_temporary_password_signs_in()
    {
        var response = await client.SendAsync(Post("/api/access/users",
            new { userName = "yb.officer", displayName = "延边办事员", role = "city-officer", dataScope = "region:222400" }, Province, Admin));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var created = await response.Content.ReadAsStringAsync();
        var password = System.Text.Json.JsonDocument.Parse(created).RootElement.GetProperty("temporaryPassword").GetString()!;
        Assert.That(password, Has.Length.GreaterThanOrEqualTo(12));
        Assert.That(factory.LogLines, Has.None.Contains(password));

        using var browser = new AccessDriver(factory).Browser();
        var (signIn, _) = await AccessDriver.SignInAsync(browser, "yb.officer", password);
        var session = await signIn.AssertOkJsonAsync();
        Assert.That(session.GetProperty("session").GetProperty("dataScope").GetString(), Is.EqualTo("region:222400"));

        var twin = await client.SendAsync(Post("/api/access/users",
            new { userName = "yb.officer", displayName = "重名", role = "city-officer", dataScope = "region:222400" }, Province, Admin));
        Assert.That((await twin.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString(), Is.EqualTo("user-name-taken"));
    }

    [Test]
    public async Task Roles_and_scopes_must_fit_and_exist()
    {
        var bad = await client.SendAsync(Post("/api/access/users", new { userName = "a", displayName = "x", role = "king", dataScope = "world" }, Province, Admin));
        await bad.AssertValidationProblemAsync("userName", "displayName", "role", "dataScope");

        var mismatch = await client.SendAsync(Post("/api/access/users",
            new { userName = "firm.admin", displayName = "律所管理员", role = "firm-administrator", dataScope = "region:220100" }, Province, Admin));
        await mismatch.AssertValidationProblemAsync("dataScope");

        var unknownFirm = await client.SendAsync(Post("/api/access/users",
            new { userName = "firm.admin", displayName = "律所管理员", role = "firm-administrator", dataScope = $"firm:{Guid.CreateVersion7()}" }, Province, Admin));
        await unknownFirm.AssertValidationProblemAsync("dataScope");

        var firm = await new RegistrySamples(client).CreateFirmAsync();
        var good = await client.SendAsync(Post("/api/access/users",
            new { userName = "firm.admin", displayName = "律所管理员", role = "firm-administrator", dataScope = $"firm:{firm.GetProperty("id").GetString()}" }, Province, Admin));
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task An_administrator_of_one_city_cannot_hand_out_another()
    {
        var response = await client.SendAsync(Post("/api/access/users",
            new { userName = "jl.officer", displayName = "吉林办事员", role = "city-officer", dataScope = "region:220200" }, Changchun, Admin));
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Disabling_resetting_and_reassigning_follow_if_match()
    {
        var created = await client.SendAsync(Post("/api/access/users",
            new { userName = "to.manage", displayName = "被管理者", role = "county-officer", dataScope = "region:220104" }, Province, Admin));
        var id = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("user").GetProperty("id").GetString();
        var path = $"/api/access/users/{id}";

        await (await client.SendAsync(Step(path + "/disablement", new { }, null, Province, Admin))).AssertProblemAsync((HttpStatusCode)428);
        var disabled = await (await client.SendAsync(Step(path + "/disablement", new { }, ETag(0), Province, Admin))).AssertOkJsonAsync();
        Assert.That(disabled.GetProperty("isDisabled").GetBoolean(), Is.True);
        await (await client.SendAsync(Step(path + "/enablement", new { }, ETag(0), Province, Admin))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        var current = await (await client.SendAsync(Get(path, Province, Admin))).AssertOkJsonAsync();
        var version = current.GetProperty("version").GetInt64();
        var moved = await (await client.SendAsync(Put(path, new { displayName = "被管理者", role = "city-officer", dataScope = "region:220100" }, ETag(version), Province, Admin))).AssertOkJsonAsync();
        Assert.That(moved.GetProperty("role").GetString(), Is.EqualTo("city-officer"));

        var reset = await (await client.SendAsync(Step(path + "/password-reset", new { }, ETag(moved.GetProperty("version").GetInt64()), Province, Admin))).AssertOkJsonAsync();
        Assert.That(reset.GetProperty("temporaryPassword").GetString(), Has.Length.GreaterThanOrEqualTo(12));

        var list = await (await client.SendAsync(Get("/api/access/users?name=to.manage", Province, Admin))).AssertOkJsonAsync();
        Assert.That(list.GetProperty("totalCount").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task An_administrator_below_the_province_lists_only_accounts_of_their_region()
    {
        foreach (var (name, scope) in new[] { ("list.cc", "region:220104"), ("list.jl", "region:220202") })
        {
            await client.SendAsync(Post("/api/access/users", new { userName = name, displayName = name, role = "county-officer", dataScope = scope }, Province, Admin));
        }

        var changchun = await (await client.SendAsync(Get("/api/access/users?name=list.&pageSize=100", Changchun, Admin))).AssertOkJsonAsync();
        Assert.That(changchun.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()), Is.EqualTo(new[] { "list.cc" }));
        var province = await (await client.SendAsync(Get("/api/access/users?name=list.&pageSize=100", Province, Admin))).AssertOkJsonAsync();
        Assert.That(province.GetProperty("totalCount").GetInt64(), Is.EqualTo(2));
    }

    [TestCase("provincial-officer")]
    [TestCase("auditor")]
    public async Task Only_administrators_manage_accounts(string role)
    {
        await (await client.SendAsync(Get("/api/access/users", Province, role))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
