using System.Net;
using LawyerWork.Access;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;
using static LawyerWork.IntegrationTests.Supervision.SupervisionDriver;

namespace LawyerWork.IntegrationTests.Supervision;

/// <summary>年度考核: the firm reports, the association gives its opinion, the bureau decides; a sanction in the year blocks 合格 unless overridden with a reason.</summary>
public sealed class AssessmentTests
{
    [Test]
    public async Task A_sanction_in_the_year_blocks_qualified_unless_overridden_and_unqualified_is_flagged_in_the_register()
    {
        using var driver = Start();
        var (firmId, _, sanctioned, _) = await driver.LawyerAsync();
        var colleague = Guid.Parse((await new RegistrySamples(driver.Client).CreateLawyerAsync(firmId, name: "李明")).GetProperty("id").GetString()!);
        var warning = new { kind = "Sanction", subject = "Lawyer", subjectId = sanctioned, measure = "Discipline:Warning", title = "警告", decidedBy = "长春市律师协会", documentNumber = "长律协处字〔2026〕5号", decidedOn = "2026-06-01" };
        await (await driver.Client.SendAsync(Post("/api/supervision/integrity-records", warning, Changchun, Association))).AssertCreatedJsonAsync();

        var opened = await (await driver.Client.SendAsync(Post("/api/supervision/assessments/opening", new { year = 2026, regionCode = "220100" }, Changchun, Bureau))).AssertOkJsonAsync();
        Assert.That(opened.GetProperty("opened").GetInt32(), Is.EqualTo(1));
        var again = await (await driver.Client.SendAsync(Post("/api/supervision/assessments/opening", new { year = 2026, regionCode = "220100" }, Changchun, Bureau))).AssertOkJsonAsync();
        Assert.That((again.GetProperty("opened").GetInt32(), again.GetProperty("alreadyOpen").GetInt32()), Is.EqualTo((0, 1)), "a firm is assessed once a year");

        var firm = $"firm:{firmId}";
        var list = await (await driver.Client.SendAsync(Get("/api/supervision/assessments?year=2026", firm, Roles.FirmAdministrator))).AssertOkJsonAsync();
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        var path = $"/api/supervision/assessments/{id}";
        var details = await (await driver.Client.SendAsync(Get(path, firm, Roles.FirmAdministrator))).AssertOkJsonAsync();
        Assert.That(details.GetProperty("lawyers").EnumerateArray().Select(l => (l.GetProperty("lawyerId").GetGuid(), l.GetProperty("sanctionedInYear").GetBoolean())),
            Is.EquivalentTo(new[] { (sanctioned, true), (colleague, false) }));

        async Task<System.Text.Json.JsonElement> Step(string step, object body, string scope, string role, HttpStatusCode expected = HttpStatusCode.OK)
        {
            var version = (await (await driver.Client.SendAsync(Get(path, Changchun, Bureau))).AssertOkJsonAsync()).GetProperty("version").GetInt64();
            var response = await driver.Client.SendAsync(RegistrySamples.Step($"{path}/{step}", body, ETag(version), scope, role));
            return expected == HttpStatusCode.OK ? await response.AssertOkJsonAsync() : await response.AssertProblemAsync(expected);
        }

        await Step("self-report", new { submit = true }, firm, Roles.FirmAdministrator, HttpStatusCode.BadRequest);
        await Step("self-report", new { selfReport = "本所年度自查：制度健全。", lawyers = new[] { new { lawyerId = colleague, casesHandled = 42, proBonoHours = 30.5 } }, submit = true }, firm, Roles.FirmAdministrator);
        await Step("self-report", new { selfReport = "再交一次" }, firm, Roles.FirmAdministrator, HttpStatusCode.Conflict);
        await Step("opinion", new { opinion = "同意", verdicts = new[] { new { lawyerId = colleague, result = "Qualified" } } }, Changchun, Association, HttpStatusCode.BadRequest);
        await Step("opinion", new { opinion = "同意", verdicts = new object[] { new { lawyerId = colleague, result = "Qualified" }, new { lawyerId = sanctioned, result = "BasicallyQualified", reason = "受警告处分" } } }, Changchun, Association);
        await Step("result", new { firmResult = "Qualified", verdicts = new object[] { new { lawyerId = colleague, result = "Qualified" }, new { lawyerId = sanctioned, result = "Qualified" } } }, Changchun, Association, HttpStatusCode.Forbidden);

        var blocked = await Step("result", new { firmResult = "Qualified", verdicts = new object[] { new { lawyerId = colleague, result = "Qualified" }, new { lawyerId = sanctioned, result = "Qualified" } } }, Changchun, Bureau, HttpStatusCode.BadRequest);
        Assert.That(blocked.GetProperty("errors").GetProperty("verdicts[1].overrideReason")[0].GetString(), Does.Contain("张三"));
        var decided = await Step("result", new { firmResult = "Qualified", verdicts = new object[] { new { lawyerId = colleague, result = "Unqualified", reason = "全年未办理业务" }, new { lawyerId = sanctioned, result = "Qualified", overrideReason = "处分后已整改并经复核" } } }, Changchun, Bureau);
        Assert.That(decided.GetProperty("state").GetString(), Is.EqualTo("Decided"));
        Assert.That(decided.GetProperty("lawyers").EnumerateArray().Single(l => l.GetProperty("lawyerId").GetGuid() == sanctioned).GetProperty("overrideReason").GetString(), Is.EqualTo("处分后已整改并经复核"));

        await driver.DeliverEventsAsync();
        Assert.That((await driver.RegistryLawyerAsync(colleague)).GetProperty("unqualifiedInYear").GetInt32(), Is.EqualTo(2026));
        Assert.That((await driver.RegistryLawyerAsync(sanctioned)).GetProperty("unqualifiedInYear").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));

        var progress = await (await driver.Client.SendAsync(Get("/api/supervision/assessments/progress?year=2026&regionCode=220000", Province, Roles.ProvincialOfficer))).AssertOkJsonAsync();
        Assert.That(progress.EnumerateArray().Select(p => (p.GetProperty("regionCode").GetString(), p.GetProperty("firms").GetInt32(), p.GetProperty("decided").GetInt32())),
            Is.EqualTo(new[] { ("220100", 1, 1) }));
        await (await driver.Client.SendAsync(Get(path, JilinCity, Bureau))).AssertProblemAsync(HttpStatusCode.NotFound);

        var csv = await (await driver.Client.SendAsync(Get("/api/supervision/assessments/export?year=2026", Changchun, Bureau))).Content.ReadAsStringAsync();
        Assert.That(csv, Does.Contain("李明").And.Contain("Unqualified").And.Contain("全年未办理业务").And.Contain("处分后已整改并经复核"));
        var elsewhere = await (await driver.Client.SendAsync(Get("/api/supervision/assessments/export?year=2026", JilinCity, Bureau))).Content.ReadAsStringAsync();
        Assert.That(elsewhere, Does.Not.Contain("李明"), "the export keeps to the caller's region");
    }
}
