using System.Net;
using System.Text.Json;
using LawyerWork.IntegrationTests.Infrastructure;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Registry;

public sealed class FirmTests
{
    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;
    private RegistrySamples samples = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        factory = new LawyerWorkFactory();
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
    public async Task Registering_a_firm_returns_201_with_location_etag_and_the_stored_firm()
    {
        var body = FirmBody();
        var response = await client.SendAsync(Post("/api/registry/firms", body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"0\""));
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/registry/firms/{created.GetProperty("id").GetString()}"));

        var read = await (await client.SendAsync(Get(response.Headers.Location!.ToString()))).AssertOkJsonAsync();
        Assert.That(read.GetProperty("uscc").GetString(), Is.EqualTo(body["uscc"]));
        Assert.That(read.GetProperty("regionName").GetString(), Is.EqualTo("朝阳区"));
        Assert.That(read.GetProperty("status").GetString(), Is.EqualTo("Practising"));
        Assert.That(read.GetProperty("createdAt").GetString(), Is.EqualTo(created.GetProperty("createdAt").GetString()));
    }

    [TestCase("name", "")]
    [TestCase("name", "律")]
    [TestCase("uscc", "31220100MD00000012")]
    [TestCase("uscc", "91110000802100433B")]
    [TestCase("uscc", "31220100MD0000001I")]
    [TestCase("uscc", "3122010")]
    [TestCase("licenceNumber", "1234")]
    [TestCase("regionCode", "2201")]
    [TestCase("director", "王")]
    [TestCase("address", "长春")]
    [TestCase("phone", "call me")]
    [TestCase("foundedOn", "1970-01-01")]
    [TestCase("foundedOn", "2999-01-01")]
    public async Task A_wrong_field_is_a_400_naming_it_and_nothing_is_stored(string field, string value)
    {
        var body = FirmBody();
        body[field] = value;
        var response = await client.SendAsync(Post("/api/registry/firms", body));
        await response.AssertValidationProblemAsync(field);

        var list = await (await client.SendAsync(Get($"/api/registry/firms?uscc={body["uscc"]}"))).AssertOkJsonAsync();
        Assert.That(list.GetProperty("totalCount").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task Missing_fields_are_all_named_at_once()
    {
        var response = await client.SendAsync(Post("/api/registry/firms", new { }));
        await response.AssertValidationProblemAsync(
            "name", "uscc", "licenceNumber", "organisationForm", "sizeBand", "regionCode", "director", "address", "foundedOn");
    }

    [Test]
    public async Task An_unknown_enum_value_is_a_400_naming_the_field()
    {
        var body = FirmBody();
        body["organisationForm"] = "Cooperative";
        await (await client.SendAsync(Post("/api/registry/firms", body))).AssertValidationProblemAsync("organisationForm");
    }

    [Test]
    public async Task An_unknown_region_is_a_400_naming_regionCode()
    {
        var body = FirmBody();
        body["regionCode"] = "220199";
        await (await client.SendAsync(Post("/api/registry/firms", body))).AssertValidationProblemAsync("regionCode");
    }

    [Test]
    public async Task A_second_firm_with_the_same_uscc_is_a_409()
    {
        var first = FirmBody();
        await samples.CreateFirmAsync(body: first);
        var twin = FirmBody();
        twin["uscc"] = first["uscc"];
        var problem = await (await client.SendAsync(Post("/api/registry/firms", twin))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("uscc-taken"));
    }

    [Test]
    public async Task A_Changchun_officer_cannot_register_a_firm_in_Jilin_city()
    {
        var response = await client.SendAsync(Post("/api/registry/firms", FirmBody("220202"), Changchun, "city-officer"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("outside-data-scope"));
    }

    [TestCase("auditor")]
    [TestCase("association-staff")]
    [TestCase("lawyer")]
    public async Task A_role_without_the_write_permission_gets_403(string role)
    {
        var response = await client.SendAsync(Post("/api/registry/firms", FirmBody(), Province, role));
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Without_credentials_the_firm_list_is_401()
    {
        await (await client.GetAsync("/api/registry/firms")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_unknown_firm_is_a_404()
    {
        await (await client.SendAsync(Get($"/api/registry/firms/{Guid.CreateVersion7()}"))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_Changchun_officer_never_sees_Jilin_city_firms()
    {
        var jilin = await samples.CreateFirmAsync(body: FirmBody("220202", name: "吉林市船营测试律师事务所"));
        var changchun = await samples.CreateFirmAsync(body: FirmBody("220104", name: "长春朝阳测试律师事务所"));

        var detail = await client.SendAsync(Get($"/api/registry/firms/{jilin.GetProperty("id").GetString()}", Changchun, "city-officer"));
        await detail.AssertProblemAsync(HttpStatusCode.NotFound);

        var list = await (await client.SendAsync(Get("/api/registry/firms?pageSize=100", Changchun, "city-officer"))).AssertOkJsonAsync();
        var regions = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("regionCode").GetString()!).ToList();
        Assert.That(regions, Is.Not.Empty.And.All.StartsWith("2201"));
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Does.Contain(changchun.GetProperty("id").GetString()));

        var asksForJilin = await (await client.SendAsync(Get("/api/registry/firms?regionCode=220200", Changchun, "city-officer"))).AssertOkJsonAsync();
        Assert.That(asksForJilin.GetProperty("totalCount").GetInt64(), Is.Zero);

        var export = await (await client.SendAsync(Get("/api/registry/firms/export?format=csv", Changchun, "city-officer"))).Content.ReadAsStringAsync();
        Assert.That(export, Does.Not.Contain("吉林市船营测试律师事务所"));

        var update = await client.SendAsync(Put($"/api/registry/firms/{jilin.GetProperty("id").GetString()}", FirmBody("220202"), ETag(0), Changchun, "city-officer"));
        await update.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_firm_administrator_sees_only_their_own_firm()
    {
        var own = await samples.CreateFirmAsync();
        await samples.CreateFirmAsync();
        var scope = $"firm:{own.GetProperty("id").GetString()}";
        var list = await (await client.SendAsync(Get("/api/registry/firms", scope, "firm-administrator"))).AssertOkJsonAsync();
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { own.GetProperty("id").GetString() }));
    }

    [Test]
    public async Task Updating_requires_if_match_and_refuses_a_stale_one()
    {
        var firm = await samples.CreateFirmAsync();
        var path = $"/api/registry/firms/{firm.GetProperty("id").GetString()}";
        var body = FirmBody();
        body["uscc"] = firm.GetProperty("uscc").GetString();
        body["licenceNumber"] = firm.GetProperty("licenceNumber").GetString();
        body["name"] = "改名后的律师事务所";

        await (await client.SendAsync(Put(path, body, etag: null))).AssertProblemAsync((HttpStatusCode)428);

        var ok = await client.SendAsync(Put(path, body, ETag(0)));
        var updated = await ok.AssertOkJsonAsync();
        Assert.That(updated.GetProperty("name").GetString(), Is.EqualTo("改名后的律师事务所"));
        Assert.That(updated.GetProperty("version").GetInt64(), Is.EqualTo(1));
        Assert.That(ok.Headers.ETag?.Tag, Is.EqualTo("\"1\""));

        body["name"] = "第二次改名律师事务所";
        var stale = await client.SendAsync(Put(path, body, ETag(0)));
        var problem = await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("stale-version"));

        var read = await (await client.SendAsync(Get(path))).AssertOkJsonAsync();
        Assert.That(read.GetProperty("name").GetString(), Is.EqualTo("改名后的律师事务所"));

        await (await client.SendAsync(Put(path, body, "W/\"abc\""))).AssertValidationProblemAsync("If-Match");
    }

    [Test]
    public async Task Suspension_reinstatement_and_cancellation_are_workflow_steps_with_if_match()
    {
        var firm = await samples.CreateFirmAsync();
        var path = $"/api/registry/firms/{firm.GetProperty("id").GetString()}";
        var step = new { effectiveOn = "2026-01-10", reason = "停业整顿" };

        await (await client.SendAsync(Step(path + "/suspension", step, null))).AssertProblemAsync((HttpStatusCode)428);
        var suspended = await (await client.SendAsync(Step(path + "/suspension", step, ETag(0)))).AssertOkJsonAsync();
        Assert.That(suspended.GetProperty("status").GetString(), Is.EqualTo("Suspended"));
        Assert.That(suspended.GetProperty("statusReason").GetString(), Is.EqualTo("停业整顿"));

        var twice = await (await client.SendAsync(Step(path + "/suspension", step, ETag(1)))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(twice.GetProperty("code").GetString(), Is.EqualTo("firm-not-practising"));

        await (await client.SendAsync(Step(path + "/reinstatement", step, ETag(1)))).AssertOkJsonAsync();
        var cancelled = await (await client.SendAsync(Step(path + "/cancellation", step, ETag(2)))).AssertOkJsonAsync();
        Assert.That(cancelled.GetProperty("status").GetString(), Is.EqualTo("Cancelled"));

        await (await client.SendAsync(Step(path + "/suspension", new { reason = "" }, ETag(3)))).AssertValidationProblemAsync("effectiveOn", "reason");
    }

    [Test]
    public async Task A_firm_with_practising_lawyers_cannot_be_cancelled_and_a_cancelled_firm_takes_no_lawyers()
    {
        var firm = await samples.CreateFirmAsync();
        var id = Guid.Parse(firm.GetProperty("id").GetString()!);
        await samples.CreateLawyerAsync(id);
        var path = $"/api/registry/firms/{id}";
        var step = new { effectiveOn = "2026-01-10", reason = "申请注销" };

        var refused = await (await client.SendAsync(Step(path + "/cancellation", step, ETag(1)))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.GetProperty("code").GetString(), Is.EqualTo("firm-has-practising-lawyers"));

        var empty = await samples.CreateFirmAsync();
        var emptyId = Guid.Parse(empty.GetProperty("id").GetString()!);
        await (await client.SendAsync(Step($"/api/registry/firms/{emptyId}/cancellation", step, ETag(0)))).AssertOkJsonAsync();
        var joining = await client.SendAsync(Post("/api/registry/lawyers", LawyerBody(emptyId)));
        var problem = await joining.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("firm-cancelled"));
    }

    [Test]
    public async Task An_idempotent_retry_returns_the_first_response_and_creates_no_twin()
    {
        var body = FirmBody();
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Request(object content)
        {
            var request = Post("/api/registry/firms", content);
            request.Headers.Add("Idempotency-Key", key);
            return request;
        }

        var first = await client.SendAsync(Request(body));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var retry = await client.SendAsync(Request(body));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(retry.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(await retry.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));

        var list = await (await client.SendAsync(Get($"/api/registry/firms?uscc={body["uscc"]}"))).AssertOkJsonAsync();
        Assert.That(list.GetProperty("totalCount").GetInt64(), Is.EqualTo(1));

        var other = FirmBody();
        var mismatch = await client.SendAsync(Request(other));
        var problem = await mismatch.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("idempotency-key-reused"));
    }

    [Test]
    public async Task A_failed_request_releases_its_idempotency_key()
    {
        var key = Guid.NewGuid().ToString();
        var bad = FirmBody();
        bad["uscc"] = "31220100MD00000012";
        var request = Post("/api/registry/firms", bad);
        request.Headers.Add("Idempotency-Key", key);
        await (await client.SendAsync(request)).AssertValidationProblemAsync("uscc");

        var fixedRequest = Post("/api/registry/firms", FirmBody());
        fixedRequest.Headers.Add("Idempotency-Key", key);
        Assert.That((await client.SendAsync(fixedRequest)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }
}
