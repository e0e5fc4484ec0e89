using System.Net;
using LawyerWork.IntegrationTests.Infrastructure;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Registry;

public sealed class LawyerTests
{
    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;
    private RegistrySamples samples = null!;
    private Guid firmId;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        factory = new LawyerWorkFactory();
        client = factory.CreateClient();
        samples = new RegistrySamples(client);
        firmId = Guid.Parse((await samples.CreateFirmAsync()).GetProperty("id").GetString()!);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task A_registered_lawyer_shows_masked_personal_data_to_a_city_officer_and_full_data_to_the_province()
    {
        var created = await samples.CreateLawyerAsync(firmId);
        var path = $"/api/registry/lawyers/{created.GetProperty("id").GetString()}";

        var masked = await (await client.SendAsync(Get(path, Changchun, "city-officer"))).AssertOkJsonAsync();
        Assert.That(masked.GetProperty("idNumber").GetString(), Does.Match(@"^220\*{11}[0-9X]{4}$"));
        Assert.That(masked.GetProperty("phone").GetString(), Is.EqualTo("138****5678"));
        Assert.That(masked.GetProperty("birthDate").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That(masked.GetProperty("personalDataMasked").GetBoolean(), Is.True);

        var full = await (await client.SendAsync(Get(path))).AssertOkJsonAsync();
        Assert.That(full.GetProperty("idNumber").GetString(), Has.Length.EqualTo(18).And.Not.Contain("*"));
        Assert.That(full.GetProperty("phone").GetString(), Is.EqualTo("13812345678"));
        Assert.That(full.GetProperty("personalDataMasked").GetBoolean(), Is.False);
        Assert.That(full.GetProperty("firmHistory").GetArrayLength(), Is.EqualTo(1));
        Assert.That(full.GetProperty("specialties").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "Criminal", "Labour" }));
    }

    [Test]
    public async Task Personal_data_never_reaches_the_logs()
    {
        var body = LawyerBody(firmId);
        var response = await client.SendAsync(Post("/api/registry/lawyers", body));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await client.SendAsync(Get($"/api/registry/lawyers?certificateNumber={body["certificateNumber"]}"));
        Assert.That(factory.LogLines, Has.None.Contains((string)body["idNumber"]!));
        Assert.That(factory.LogLines, Has.None.Contains("13812345678"));
    }

    [TestCase("idNumber", "22010219900307425")]
    [TestCase("idNumber", "220102199003074251")]
    [TestCase("idNumber", "22010220300307425X")]
    [TestCase("phone", "12812345678")]
    [TestCase("certificateNumber", "1220120101100012")]
    [TestCase("certificateNumber", "22201201011000123")]
    [TestCase("certificateNumber", "12201201121000123")]
    [TestCase("certificateNumber", "12201201211000123")]
    [TestCase("firstPracticeYear", 1970)]
    [TestCase("name", "张")]
    [TestCase("languages", new[] { "english language" })]
    public async Task A_wrong_field_is_a_400_naming_it(string field, object value)
    {
        var body = LawyerBody(firmId);
        body[field] = value;
        var response = await client.SendAsync(Post("/api/registry/lawyers", body));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var names = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name.Split('[')[0]).ToList();
        Assert.That(names, Does.Contain(field));
    }

    [Test]
    public async Task A_gender_that_contradicts_the_id_number_is_a_400_on_gender()
    {
        var body = LawyerBody(firmId);
        body["gender"] = "Female";
        await (await client.SendAsync(Post("/api/registry/lawyers", body))).AssertValidationProblemAsync("gender");
    }

    [Test]
    public async Task A_certificate_from_another_city_is_a_400_on_certificateNumber()
    {
        var body = LawyerBody(firmId);
        body["certificateNumber"] = CertificateNumber("220200", 2010, '1', Next());
        var problem = await (await client.SendAsync(Post("/api/registry/lawyers", body))).AssertValidationProblemAsync("certificateNumber");
        Assert.That(problem.GetProperty("errors").GetProperty("certificateNumber")[0].GetString(), Does.Contain("2202"));
    }

    [Test]
    public async Task A_full_time_lawyer_needs_a_firm_and_a_corporate_lawyer_an_employer()
    {
        var body = LawyerBody(firmId);
        body.Remove("firmId");
        await (await client.SendAsync(Post("/api/registry/lawyers", body))).AssertValidationProblemAsync("firmId");

        var corporate = LawyerBody(firmId);
        corporate["category"] = "Corporate";
        corporate["certificateNumber"] = CertificateNumber("220104", 2010, '7', Next());
        await (await client.SendAsync(Post("/api/registry/lawyers", corporate))).AssertValidationProblemAsync("employer", "firmId", "regionCode");

        corporate.Remove("firmId");
        corporate["employer"] = "一汽集团";
        corporate["regionCode"] = "220104";
        var created = await (await client.SendAsync(Post("/api/registry/lawyers", corporate))).Content.ReadAsStringAsync();
        Assert.That(created, Does.Contain("\"employer\":\"一汽集团\""));
    }

    [Test]
    public async Task The_same_certificate_number_twice_is_a_409()
    {
        var body = LawyerBody(firmId);
        Assert.That((await client.SendAsync(Post("/api/registry/lawyers", body))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var twin = LawyerBody(firmId);
        twin["certificateNumber"] = body["certificateNumber"];
        var problem = await (await client.SendAsync(Post("/api/registry/lawyers", twin))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("certificate-number-taken"));

        var samePerson = LawyerBody(firmId);
        samePerson["idNumber"] = body["idNumber"];
        problem = await (await client.SendAsync(Post("/api/registry/lawyers", samePerson))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("id-number-registered"));
        Assert.That(problem.GetRawText(), Does.Not.Contain((string)body["idNumber"]!));
    }

    [Test]
    public async Task A_transfer_keeps_the_history_and_moves_the_firm_counts()
    {
        var to = Guid.Parse((await samples.CreateFirmAsync()).GetProperty("id").GetString()!);
        var from = Guid.Parse((await samples.CreateFirmAsync()).GetProperty("id").GetString()!);
        var lawyer = await samples.CreateLawyerAsync(from);
        var path = $"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}";

        await (await client.SendAsync(Step(path + "/transfer", new { toFirmId = to, effectiveOn = "2026-02-01" }, null))).AssertProblemAsync((HttpStatusCode)428);
        var moved = await (await client.SendAsync(Step(path + "/transfer", new { toFirmId = to, effectiveOn = "2026-02-01" }, ETag(0)))).AssertOkJsonAsync();

        Assert.That(moved.GetProperty("firmId").GetString(), Is.EqualTo(to.ToString()));
        var history = moved.GetProperty("firmHistory").EnumerateArray().ToList();
        Assert.That(history, Has.Count.EqualTo(2));
        Assert.That(history[0].GetProperty("to").GetString(), Is.EqualTo("2026-01-31"));
        Assert.That(history[1].GetProperty("from").GetString(), Is.EqualTo("2026-02-01"));

        var fromFirm = await (await client.SendAsync(Get($"/api/registry/firms/{from}"))).AssertOkJsonAsync();
        var toFirm = await (await client.SendAsync(Get($"/api/registry/firms/{to}"))).AssertOkJsonAsync();
        Assert.That(fromFirm.GetProperty("practisingLawyerCount").GetInt32(), Is.Zero);
        Assert.That(toFirm.GetProperty("practisingLawyerCount").GetInt32(), Is.EqualTo(1));

        var stale = await client.SendAsync(Step(path + "/transfer", new { toFirmId = from, effectiveOn = "2026-03-01" }, ETag(0)));
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var unknownFirm = await client.SendAsync(Step(path + "/transfer", new { toFirmId = Guid.CreateVersion7(), effectiveOn = "2026-03-01" }, ETag(1)));
        await unknownFirm.AssertValidationProblemAsync("toFirmId");
    }

    [Test]
    public async Task Updating_a_lawyer_needs_if_match_and_keeps_identity_numbers()
    {
        var lawyer = await samples.CreateLawyerAsync(firmId);
        var path = $"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}";
        var update = new { name = "张三丰", gender = "Male", category = "FullTime", firstPracticeYear = 2010, foreignRelated = true, languages = new[] { "en", "ko" }, specialties = new[] { "ForeignRelated" } };

        await (await client.SendAsync(Put(path, update, null))).AssertProblemAsync((HttpStatusCode)428);
        var updated = await (await client.SendAsync(Put(path, update, ETag(0)))).AssertOkJsonAsync();
        Assert.That(updated.GetProperty("name").GetString(), Is.EqualTo("张三丰"));
        Assert.That(updated.GetProperty("foreignRelated").GetBoolean(), Is.True);
        Assert.That(updated.GetProperty("certificateNumber").GetString(), Is.EqualTo(lawyer.GetProperty("certificateNumber").GetString()));
        await (await client.SendAsync(Put(path, update, ETag(0)))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        var wrongYear = new { name = "张三丰", gender = "Male", category = "FullTime", firstPracticeYear = 2011 };
        await (await client.SendAsync(Put(path, wrongYear, ETag(1)))).AssertValidationProblemAsync("firstPracticeYear");
    }

    [Test]
    public async Task An_update_without_a_phone_keeps_it_and_an_empty_phone_removes_it()
    {
        var lawyer = await samples.CreateLawyerAsync(firmId);
        var path = $"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}";
        var withoutPhone = new { name = "张三", gender = "Male", category = "FullTime", firstPracticeYear = 2010 };
        await (await client.SendAsync(Put(path, withoutPhone, ETag(0), Changchun, "city-officer"))).AssertOkJsonAsync();
        Assert.That((await (await client.SendAsync(Get(path))).AssertOkJsonAsync()).GetProperty("phone").GetString(), Is.EqualTo("13812345678"));

        var masked = new { name = "张三", gender = "Male", phone = "138****5678", category = "FullTime", firstPracticeYear = 2010 };
        await (await client.SendAsync(Put(path, masked, ETag(1), Changchun, "city-officer"))).AssertValidationProblemAsync("phone");

        var cleared = new { name = "张三", gender = "Male", phone = "", category = "FullTime", firstPracticeYear = 2010 };
        await (await client.SendAsync(Put(path, cleared, ETag(1)))).AssertOkJsonAsync();
        Assert.That((await (await client.SendAsync(Get(path))).AssertOkJsonAsync()).GetProperty("phone").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task Suspension_takes_a_lawyer_out_of_the_firm_count_and_cancellation_is_final()
    {
        var firm = Guid.Parse((await samples.CreateFirmAsync()).GetProperty("id").GetString()!);
        var lawyer = await samples.CreateLawyerAsync(firm);
        var path = $"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}";
        var step = new { effectiveOn = "2026-01-10", reason = "行政处罚：停止执业三个月" };

        var suspended = await (await client.SendAsync(Step(path + "/suspension", step, ETag(0)))).AssertOkJsonAsync();
        Assert.That(suspended.GetProperty("status").GetString(), Is.EqualTo("Suspended"));
        var firmAfter = await (await client.SendAsync(Get($"/api/registry/firms/{firm}"))).AssertOkJsonAsync();
        Assert.That(firmAfter.GetProperty("practisingLawyerCount").GetInt32(), Is.Zero);

        await (await client.SendAsync(Step(path + "/cancellation", step, ETag(1)))).AssertOkJsonAsync();
        var again = await (await client.SendAsync(Step(path + "/reinstatement", step, ETag(2)))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(again.GetProperty("code").GetString(), Is.EqualTo("lawyer-not-suspended"));
    }

    [Test]
    public async Task A_firm_administrator_registers_lawyers_only_at_their_own_firm()
    {
        var other = Guid.Parse((await samples.CreateFirmAsync()).GetProperty("id").GetString()!);
        var own = $"firm:{firmId}";
        var atOwn = await client.SendAsync(Post("/api/registry/lawyers", LawyerBody(firmId), own, "firm-administrator"));
        Assert.That(atOwn.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var atOther = await client.SendAsync(Post("/api/registry/lawyers", LawyerBody(other), own, "firm-administrator"));
        await atOther.AssertValidationProblemAsync("firmId");
    }

    [Test]
    public async Task A_lawyer_sees_only_their_own_record()
    {
        var me = await samples.CreateLawyerAsync(firmId);
        await samples.CreateLawyerAsync(firmId);
        var list = await (await client.SendAsync(Get("/api/registry/lawyers", $"self:{me.GetProperty("id").GetString()}", "lawyer"))).AssertOkJsonAsync();
        Assert.That(list.GetProperty("totalCount").GetInt64(), Is.EqualTo(1));
    }
}
