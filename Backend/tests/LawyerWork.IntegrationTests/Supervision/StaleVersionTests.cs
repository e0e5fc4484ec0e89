using System.Net;
using LawyerWork.IntegrationTests.Infrastructure;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;
using static LawyerWork.IntegrationTests.Supervision.SupervisionDriver;

namespace LawyerWork.IntegrationTests.Supervision;

/// <summary>Part 2's writes on a record take If-Match like part 1's: none is 428, a stale one 412, and neither changes anything.</summary>
public sealed class StaleVersionTests
{
    private static readonly object Meeting = new
    {
        kind = "PresidentsOffice",
        heldOn = "2026-09-01",
        title = "会长办公会",
        attendees = new[] { new { name = "王会长", post = "会长" } },
        agenda = "议程",
    };

    [Test]
    public async Task A_meeting_correction_and_a_model_firm_review_without_or_with_a_stale_if_match_change_nothing()
    {
        using var driver = Start();
        var (firmId, _, _, _) = await driver.LawyerAsync();
        var meeting = await (await driver.Client.SendAsync(Post("/api/supervision/meetings", Meeting, Changchun, Association))).AssertCreatedJsonAsync();
        var path = $"/api/supervision/meetings/{meeting.GetProperty("id").GetString()}";
        var corrected = new
        {
            kind = "PresidentsOffice",
            heldOn = "2026-09-02",
            title = "更正后的会议",
            attendees = new[] { new { name = "王会长", post = "会长" } },
            agenda = "议程",
        };
        await (await driver.Client.SendAsync(Put(path, corrected, null, Changchun, Association))).AssertProblemAsync((HttpStatusCode)428);
        await (await driver.Client.SendAsync(Put(path, corrected, ETag(meeting.GetProperty("version").GetInt64() + 5), Changchun, Association)))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var unchanged = await (await driver.Client.SendAsync(Get(path, Changchun, Association))).AssertOkJsonAsync();
        Assert.That(unchanged.GetProperty("title").GetString(), Is.EqualTo("会长办公会"));

        var nomination = await (await driver.Client.SendAsync(Post("/api/supervision/model-firms", new { firmId, year = 2026, reason = "管理规范" }, Changchun, Bureau))).AssertCreatedJsonAsync();
        var review = $"/api/supervision/model-firms/{nomination.GetProperty("id").GetString()}/review";
        var scores = new[] { "党建工作", "内部管理制度", "执业质量与诚信", "公益法律服务", "人才培养" }.Select(criterion => new { criterion, score = 10 });
        await (await driver.Client.SendAsync(Step(review, new { scores }, null, Changchun, Bureau))).AssertProblemAsync((HttpStatusCode)428);
        await (await driver.Client.SendAsync(Step(review, new { scores }, ETag(9), Changchun, Bureau))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var still = await (await driver.Client.SendAsync(Get($"/api/supervision/model-firms/{nomination.GetProperty("id").GetString()}", Changchun, Bureau))).AssertOkJsonAsync();
        Assert.That(still.GetProperty("state").GetString(), Is.EqualTo("Nominated"));
    }
}
