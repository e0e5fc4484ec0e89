using System.Net;
using System.Net.Http.Json;
using LawyerWork.Access;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;
using static LawyerWork.IntegrationTests.Supervision.SupervisionDriver;

namespace LawyerWork.IntegrationTests.Supervision;

/// <summary>示范所: nominated, reviewed with recorded scores, designated for a period, revoked; the public list shows the designated ones in their period.</summary>
public sealed class ModelFirmTests
{
    private static readonly object[] FullMarks =
    [
        new { criterion = "党建工作", score = 18 }, new { criterion = "内部管理制度", score = 19 }, new { criterion = "执业质量与诚信", score = 20 },
        new { criterion = "公益法律服务", score = 15 }, new { criterion = "人才培养", score = 17.5 },
    ];

    [Test]
    public async Task A_firm_is_nominated_scored_designated_shown_publicly_during_its_period_and_revoked()
    {
        using var driver = Start();
        var (firmId, _, _, _) = await driver.LawyerAsync();
        var created = await (await driver.Client.SendAsync(Post("/api/supervision/model-firms", new { firmId, year = 2026, reason = "制度完善、管理规范" }, Changchun, Bureau))).AssertCreatedJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        Assert.That((created.GetProperty("state").GetString(), created.GetProperty("sizeBand").GetString()), Is.EqualTo(("Nominated", "Medium")));
        var again = await (await driver.Client.SendAsync(Post("/api/supervision/model-firms", new { firmId, year = 2026, reason = "再次" }, Changchun, Association))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(again.GetProperty("code").GetString(), Is.EqualTo("already-nominated"));
        await (await driver.Client.SendAsync(Post("/api/supervision/model-firms", new { firmId, year = 2026, reason = "外市" }, JilinCity, Bureau))).AssertProblemAsync(HttpStatusCode.Forbidden);

        var criteria = await (await driver.Client.SendAsync(Get("/api/supervision/model-firms/criteria", Changchun, Bureau))).AssertOkJsonAsync();
        Assert.That(criteria.EnumerateArray().Select(c => c.GetProperty("criterion").GetString()), Is.EquivalentTo(new[] { "党建工作", "内部管理制度", "执业质量与诚信", "公益法律服务", "人才培养" }));

        var early = await (await driver.Client.SendAsync(Step($"/api/supervision/model-firms/{id}/designation", new { from = driver.Today, until = "2029-09-30", documentNumber = "x" }, ETag(0), Changchun, Bureau)))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(early.GetProperty("code").GetString(), Is.EqualTo("step-not-allowed"));
        await (await driver.Client.SendAsync(Step($"/api/supervision/model-firms/{id}/review", new { scores = new[] { new { criterion = "党建工作", score = 25 } } }, ETag(0), Changchun, Bureau)))
            .AssertValidationProblemAsync("scores");
        var reviewed = await (await driver.Client.SendAsync(Step($"/api/supervision/model-firms/{id}/review", new { scores = FullMarks, note = "优秀" }, ETag(0), Changchun, Bureau))).AssertOkJsonAsync();
        Assert.That((reviewed.GetProperty("state").GetString(), reviewed.GetProperty("totalScore").GetDecimal()), Is.EqualTo(("Reviewed", 89.5m)));
        var designated = await (await driver.Client.SendAsync(Step($"/api/supervision/model-firms/{id}/designation",
            new { from = driver.Today, until = "2026-10-02", documentNumber = "长司发〔2026〕8号" }, ETag(reviewed.GetProperty("version").GetInt64()), Changchun, Bureau))).AssertOkJsonAsync();

        var list = await (await driver.Client.GetAsync("/api/public/model-firms?regionCode=220100")).AssertOkJsonAsync();
        Assert.That(list.EnumerateArray().Select(m => (m.GetProperty("documentNumber").GetString(), m.GetProperty("designatedUntil").GetString())),
            Is.EqualTo(new[] { ("长司发〔2026〕8号", "2026-10-02") }));
        driver.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 2, 1, 0, 0, TimeSpan.Zero));
        Assert.That((await (await driver.Client.GetAsync("/api/public/model-firms")).AssertOkJsonAsync()).GetArrayLength(), Is.Zero, "past its period");

        await (await driver.Client.SendAsync(Step($"/api/supervision/model-firms/{id}/revocation", new { reason = "" }, ETag(designated.GetProperty("version").GetInt64()), Changchun, Bureau)))
            .AssertValidationProblemAsync("reason");
        var revoked = await (await driver.Client.SendAsync(Step($"/api/supervision/model-firms/{id}/revocation", new { reason = "发生严重违规行为" }, ETag(designated.GetProperty("version").GetInt64()), Changchun, Bureau))).AssertOkJsonAsync();
        Assert.That(revoked.GetProperty("state").GetString(), Is.EqualTo("Revoked"));
        Assert.That((await (await driver.Client.GetAsync("/api/public/model-firms")).AssertOkJsonAsync()).GetArrayLength(), Is.Zero);
        await (await driver.Client.GetAsync("/api/public/model-firms?sizeBand=Huge")).AssertValidationProblemAsync("sizeBand");
    }
}
