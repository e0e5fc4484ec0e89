using System.Net;
using LawyerWork.Access;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;
using static LawyerWork.IntegrationTests.Supervision.SupervisionDriver;

namespace LawyerWork.IntegrationTests.Supervision;

/// <summary>The association's governance: meetings with decisions that fall overdue, committees with members and terms.</summary>
public sealed class GovernanceTests
{
    [Test]
    public async Task A_meeting_records_its_decisions_and_a_decision_past_due_and_not_done_is_flagged()
    {
        using var driver = Start();
        var (_, _, lawyerId, _) = await driver.LawyerAsync();
        var meeting = new
        {
            kind = "StandingCouncil",
            heldOn = "2026-09-01",
            title = "第三届常务理事会第五次会议",
            attendees = new object[] { new { lawyerId, post = "常务理事" }, new { name = "王会长", post = "会长" } },
            agenda = "审议维权惩戒工作台账制度",
            minutes = "会议审议通过。",
            decisions = new[] { new { text = "建立维权惩戒台账", owner = "秘书处", dueOn = "2026-09-20" }, new { text = "修订章程", owner = "王会长", dueOn = "2026-12-31" } },
        };
        var created = await (await driver.Client.SendAsync(Post("/api/supervision/meetings", meeting, Changchun, Association))).AssertCreatedJsonAsync();
        Assert.That(created.GetProperty("attendees")[0].GetProperty("name").GetString(), Is.EqualTo("张三"), "the register's spelling of a lawyer's name");
        var decisions = created.GetProperty("decisions").EnumerateArray().ToList();
        Assert.That(decisions.Select(d => d.GetProperty("overdue").GetBoolean()), Is.EqualTo(new[] { true, false }), "on 30 September the first is past due");

        var overdue = await (await driver.Client.SendAsync(Get("/api/supervision/meetings?withOverdueDecisions=true", Changchun, Bureau))).AssertOkJsonAsync();
        Assert.That(overdue.GetProperty("items")[0].GetProperty("overdueDecisions").GetInt32(), Is.EqualTo(1));

        var id = created.GetProperty("id").GetGuid();
        var completion = $"/api/supervision/meetings/{id}/decisions/{decisions[0].GetProperty("id").GetString()}/completion";
        var done = await (await driver.Client.SendAsync(Step(completion, new { doneOn = "2026-09-25" }, ETag(created.GetProperty("version").GetInt64()), Changchun, Association))).AssertOkJsonAsync();
        Assert.That(done.GetProperty("decisions")[0].GetProperty("overdue").GetBoolean(), Is.False);
        Assert.That(done.GetProperty("version").GetInt64(), Is.GreaterThan(created.GetProperty("version").GetInt64()));
        var twice = await (await driver.Client.SendAsync(Step(completion, new { doneOn = "2026-09-26" }, ETag(done.GetProperty("version").GetInt64()), Changchun, Association))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(twice.GetProperty("code").GetString(), Is.EqualTo("decision-done"));
        await (await driver.Client.SendAsync(Post("/api/supervision/meetings", new { kind = "PresidentsOffice", title = "x" }, Changchun, Association)))
            .AssertValidationProblemAsync("heldOn", "agenda", "attendees");
        await (await driver.Client.SendAsync(Get($"/api/supervision/meetings/{id}", JilinCity, Bureau))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_committee_appoints_lawyers_for_terms_with_one_director_at_a_time()
    {
        using var driver = Start();
        var (firmId, _, director, _) = await driver.LawyerAsync();
        var other = Guid.Parse((await new RegistrySamples(driver.Client).CreateLawyerAsync(firmId, name: "李明")).GetProperty("id").GetString()!);
        var committee = await (await driver.Client.SendAsync(Post("/api/supervision/committees", new { name = "刑事业务委员会", description = "刑事辩护业务" }, Changchun, Association))).AssertCreatedJsonAsync();
        var duplicate = await (await driver.Client.SendAsync(Post("/api/supervision/committees", new { name = "刑事业务委员会" }, Changchun, Association))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(duplicate.GetProperty("code").GetString(), Is.EqualTo("committee-exists"));

        var members = $"/api/supervision/committees/{committee.GetProperty("id").GetString()}/members";
        var appointed = await (await driver.Client.SendAsync(Step(members, new { lawyerId = director, role = "Director", termFrom = "2026-01-01", termUntil = "2029-01-01" }, ETag(committee.GetProperty("version").GetInt64()), Changchun, Association))).AssertOkJsonAsync();
        var version = appointed.GetProperty("version").GetInt64();
        var seatTaken = await (await driver.Client.SendAsync(Step(members, new { lawyerId = other, role = "Director", termFrom = "2027-01-01", termUntil = "2030-01-01" }, ETag(version), Changchun, Association))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(seatTaken.GetProperty("code").GetString(), Is.EqualTo("director-taken"));
        await (await driver.Client.SendAsync(Step(members, new { lawyerId = other, role = "Member", termFrom = "2026-01-01", termUntil = "2025-01-01" }, ETag(version), Changchun, Association))).AssertValidationProblemAsync("termUntil");
        var both = await (await driver.Client.SendAsync(Step(members, new { lawyerId = other, role = "Member", termFrom = "2026-01-01", termUntil = "2029-01-01" }, ETag(version), Changchun, Association))).AssertOkJsonAsync();
        Assert.That(both.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("lawyerName").GetString(), m.GetProperty("role").GetString(), m.GetProperty("serving").GetBoolean())),
            Is.EqualTo(new[] { ("张三", "Director", true), ("李明", "Member", true) }));

        var memberId = both.GetProperty("members")[1].GetProperty("id").GetString();
        var ended = await (await driver.Client.SendAsync(Step($"{members}/{memberId}/term-end", new { endsOn = "2026-09-01" }, ETag(both.GetProperty("version").GetInt64()), Changchun, Association))).AssertOkJsonAsync();
        Assert.That(ended.GetProperty("members")[1].GetProperty("serving").GetBoolean(), Is.False, "the term ended before today");
        var list = await (await driver.Client.SendAsync(Get("/api/supervision/committees", Province, Roles.ProvincialOfficer))).AssertOkJsonAsync();
        Assert.That(list.GetArrayLength(), Is.EqualTo(1));
    }
}
