using System.Net;
using System.Net.Http.Json;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Registry.Features.Penalties;
using LawyerWork.Modules.Supervision.Features.Ledger;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;
using static LawyerWork.IntegrationTests.Supervision.SupervisionDriver;

namespace LawyerWork.IntegrationTests.Supervision;

public sealed class ComplaintWorkflowTests
{
    [Test]
    public async Task A_public_complaint_is_filed_anonymously_and_followed_only_with_its_receipt_and_code()
    {
        using var driver = Start();
        var (_, _, lawyerId, certificate) = await driver.LawyerAsync();
        var (receipt, code) = await driver.FilePubliclyAsync(PublicComplaint(certificate));
        Assert.That(receipt, Does.Match("^TS2026-[2-9A-Z]{6}$"));

        var progress = await (await driver.Client.GetAsync($"/api/public/complaints/{receipt}?lookupCode={code}")).AssertOkJsonAsync();
        Assert.That(progress.GetProperty("state").GetString(), Is.EqualTo("Received"));
        Assert.That(progress.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()), Is.EqualTo(new[] { "Filed" }));
        Assert.That(progress.GetRawText(), Does.Not.Contain("李四").And.Not.Contain("13912345678"), "the follow-up page carries no personal data");

        // A wrong code answers exactly as an unknown receipt.
        await (await driver.Client.GetAsync($"/api/public/complaints/{receipt}?lookupCode=WRONGCODE9")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await driver.Client.GetAsync($"/api/public/complaints/TS2026-ZZZZZZ?lookupCode={code}")).AssertProblemAsync(HttpStatusCode.NotFound);

        // The association of the lawyer's city sees it in its ledger, due in ten working days across the National Day holiday.
        var id = await driver.ComplaintOfLawyerAsync(lawyerId);
        var complaint = await driver.ComplaintAsync(id);
        Assert.That((complaint.GetProperty("channel").GetString(), complaint.GetProperty("regionCode").GetString(), complaint.GetProperty("deadlineStep").GetString(), complaint.GetProperty("dueOn").GetString()),
            Is.EqualTo(("Public", "220104", "ComplaintAcceptance", "2026-10-20")));
        Assert.That(complaint.GetProperty("complainantPhone").GetString(), Is.EqualTo("13912345678"), "the handler calls the complainant");
        var bureauView = await driver.ComplaintAsync(id, Bureau);
        Assert.That((bureauView.GetProperty("complainantPhone").GetString(), bureauView.GetProperty("personalDataMasked").GetBoolean()), Is.EqualTo(("139****5678", true)));
        await (await driver.Client.SendAsync(Get($"/api/supervision/complaints/{id}", JilinCity, Bureau))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Bad_public_complaints_name_each_wrong_field_and_write_nothing()
    {
        using var driver = Start();
        var (_, _, _, certificate) = await driver.LawyerAsync();
        var missing = await driver.Client.PostAsync("/api/public/complaints", JsonContent.Create(new { complainantName = "", summary = "x", details = "y", lawyerCertificateNumber = certificate }));
        await missing.AssertValidationProblemAsync("complainantName", "complainantPhone");
        var unknown = await driver.Client.PostAsync("/api/public/complaints", JsonContent.Create(PublicComplaintTo("12201201999999999")));
        await unknown.AssertValidationProblemAsync("lawyerCertificateNumber");
        var nobody = await driver.Client.PostAsync("/api/public/complaints", JsonContent.Create(new { complainantName = "李四", complainantPhone = "13912345678", summary = "x", details = "y" }));
        await nobody.AssertValidationProblemAsync("lawyerCertificateNumber");

        using var scope = driver.Factory.Services.CreateScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<SupervisionDbContext>().Complaints.CountAsync(), Is.Zero);

        static object PublicComplaintTo(string certificate) => PublicComplaint(certificate);
    }

    [Test]
    public async Task A_referral_and_a_bureau_suspension_stop_the_lawyer_until_the_period_ends_and_are_disclosed_publicly()
    {
        using var driver = Start();
        var (_, _, lawyerId, certificate) = await driver.LawyerAsync();
        var (receipt, code) = await driver.FilePubliclyAsync(PublicComplaint(certificate));
        var id = await driver.ComplaintOfLawyerAsync(lawyerId);

        await driver.StepOkAsync(id, "acceptance", new { note = "材料齐全，予以受理" });
        await driver.StepOkAsync(id, "notes", new { note = "约谈律师，调取委托合同" });
        var referred = await driver.StepOkAsync(id, "decision", new { outcome = "Referral", reason = "涉嫌违反律师法第四十九条", decidedOn = driver.Today });
        Assert.That((referred.GetProperty("state").GetString(), referred.GetProperty("deadlineStep").GetString()), Is.EqualTo(("Referred", "PenaltyDecision")));
        await AssertPublicRecordsAsync(driver, certificate, expected: 0, "a referral alone is not a sanction");

        var decided = await driver.StepOkAsync(id, "penalty", new { penalty = "PracticeSuspension", months = 6, documentNumber = "长司罚决字〔2026〕12号", decidedOn = driver.Today }, Bureau);
        Assert.That(decided.GetProperty("state").GetString(), Is.EqualTo("Decided"));

        // Registry takes the penalty from the outbox and suspends the lawyer until 30 March 2027.
        await driver.DeliverEventsAsync();
        var suspended = await driver.RegistryLawyerAsync(lawyerId);
        Assert.That((suspended.GetProperty("status").GetString(), suspended.GetProperty("suspendedUntil").GetString()), Is.EqualTo(("Suspended", "2027-03-30")));
        var publicLawyer = await (await driver.Client.GetAsync($"/api/public/lawyers/{certificate}")).AssertOkJsonAsync();
        Assert.That(publicLawyer.GetProperty("status").GetString(), Is.EqualTo("Suspended"));
        var sanction = publicLawyer.GetProperty("integrity").EnumerateArray().Single();
        Assert.That((sanction.GetProperty("kind").GetString(), sanction.GetProperty("measure").GetString(), sanction.GetProperty("title").GetString(), sanction.GetProperty("decidedBy").GetString(), sanction.GetProperty("documentNumber").GetString()),
            Is.EqualTo(("Sanction", "Penalty:PracticeSuspension", "行政处罚：停止执业6个月", "长春市司法局", "长司罚决字〔2026〕12号")));
        Assert.That(publicLawyer.GetRawText(), Does.Not.Contain("李四").And.Not.Contain("收费后不提供"), "no complainant and none of their words on the public page");

        await driver.StepOkAsync(id, "notification", new { channel = "Phone", notifiedOn = driver.Today });
        var closed = await driver.StepOkAsync(id, "closure", new { note = "结案" });
        Assert.That(closed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()),
            Is.EqualTo(new[] { "Filed", "Accepted", "Note", "Decided", "PenaltyDecided", "Notified", "Closed" }));
        var progress = await (await driver.Client.GetAsync($"/api/public/complaints/{receipt}?lookupCode={code}")).AssertOkJsonAsync();
        Assert.That(progress.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()), Does.Not.Contain("Note"));

        // The period ends: the expiry job (Registry's) lets the lawyer practise again, recorded; the sanction stays disclosed.
        // (Turning the clock also wakes the host's own hourly pass, which may get there first.)
        driver.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 30, 1, 0, 0, TimeSpan.Zero));
        await driver.Factory.Services.GetRequiredService<SuspensionExpiryJob>().RunOnceAsync(CancellationToken.None);
        var practising = await driver.RegistryLawyerAsync(lawyerId);
        Assert.That((practising.GetProperty("status").GetString(), practising.GetProperty("statusChangedOn").GetString(), practising.GetProperty("statusReason").GetString()),
            Is.EqualTo(("Practising", "2027-03-30", "停止执业期满，恢复执业")));
        await AssertPublicRecordsAsync(driver, certificate, expected: 1, "disclosed for three years");
        driver.Clock.SetUtcNow(new DateTimeOffset(2029, 10, 1, 1, 0, 0, TimeSpan.Zero));
        await AssertPublicRecordsAsync(driver, certificate, expected: 0, "past its disclosure period");

        using var scope = driver.Factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.TargetType == "Lawyer" && r.TargetId == lawyerId.ToString()).Select(r => r.ActorId).ToListAsync();
        Assert.That(audit, Does.Contain("system:outbox:PracticePenaltyConsumer").And.Contain("system:" + SuspensionExpiryJob.JobName));
    }

    private static async Task AssertPublicRecordsAsync(SupervisionDriver driver, string certificate, int expected, string because)
    {
        var lawyer = await (await driver.Client.GetAsync($"/api/public/lawyers/{certificate}")).AssertOkJsonAsync();
        Assert.That(lawyer.GetProperty("integrity").GetArrayLength(), Is.EqualTo(expected), because);
    }

    [Test]
    public async Task A_step_by_the_wrong_body_is_403_a_step_the_state_refuses_is_409_and_bad_steps_name_their_fields()
    {
        using var driver = Start();
        var (_, _, lawyerId, certificate) = await driver.LawyerAsync();
        await driver.FilePubliclyAsync(PublicComplaint(certificate));
        var id = await driver.ComplaintOfLawyerAsync(lawyerId);

        await (await driver.StepAsync(id, "acceptance", new { }, Bureau)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await driver.StepAsync(id, "acceptance", new { }, Association, JilinCity)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await driver.Client.SendAsync(Step($"/api/supervision/complaints/{id}/acceptance", new { }, null, Changchun, Association))).AssertProblemAsync((HttpStatusCode)428);
        await (await driver.Client.SendAsync(Step($"/api/supervision/complaints/{id}/acceptance", new { }, ETag(99), Changchun, Association))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var early = await (await driver.StepAsync(id, "decision", new { outcome = "Dismissed", reason = "无", decidedOn = driver.Today })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(early.GetProperty("code").GetString(), Is.EqualTo("step-not-allowed"));

        await driver.StepOkAsync(id, "acceptance", new { });
        await (await driver.StepAsync(id, "acceptance", new { })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await driver.StepAsync(id, "decision", new { outcome = "Discipline", discipline = "Warning", reason = "违规收费", decidedOn = driver.Today })).AssertValidationProblemAsync("documentNumber");
        await (await driver.StepAsync(id, "decision", new { outcome = "Referral", reason = "x", decidedOn = "2027-01-01" })).AssertValidationProblemAsync("decidedOn");
        await (await driver.StepAsync(id, "decision", new { outcome = "Referral", subject = "Firm", reason = "x", decidedOn = driver.Today })).AssertValidationProblemAsync("subject");
        await (await driver.StepAsync(id, "penalty", new { penalty = "Warning", documentNumber = "x", decidedOn = driver.Today }, Bureau)).AssertProblemAsync(HttpStatusCode.Conflict);

        await driver.StepOkAsync(id, "decision", new { outcome = "Referral", reason = "涉嫌违法", decidedOn = driver.Today });
        await (await driver.StepAsync(id, "penalty", new { penalty = "PracticeSuspension", documentNumber = "x", decidedOn = driver.Today }, Association)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await driver.StepAsync(id, "penalty", new { penalty = "PracticeSuspension", months = 2, documentNumber = "x", decidedOn = driver.Today }, Bureau)).AssertValidationProblemAsync("months");
        await (await driver.StepAsync(id, "penalty", new { penalty = "Fine", documentNumber = "x", decidedOn = driver.Today }, Bureau)).AssertValidationProblemAsync("amount");
        await (await driver.StepAsync(id, "penalty", new { penalty = "LicenceRevocation", documentNumber = "x", decidedOn = driver.Today }, Bureau)).AssertValidationProblemAsync("penalty");
        await (await driver.StepAsync(id, "penalty", new { penalty = "Confiscation", amount = 5000, documentNumber = "x", decidedOn = driver.Today }, Bureau, JilinCity)).AssertProblemAsync(HttpStatusCode.NotFound);

        var state = await driver.ComplaintAsync(id);
        Assert.That((state.GetProperty("state").GetString(), state.GetProperty("penalty").ValueKind), Is.EqualTo(("Referred", System.Text.Json.JsonValueKind.Null)), "nothing a refused step tried was kept");
    }

    [Test]
    public async Task Association_discipline_becomes_a_sanction_without_touching_the_register_and_a_dismissal_leaves_nothing()
    {
        using var driver = Start();
        var (_, _, lawyerId, certificate) = await driver.LawyerAsync();
        await driver.FilePubliclyAsync(PublicComplaint(certificate));
        await driver.FilePubliclyAsync(PublicComplaint(certificate) );
        var page = await (await driver.Client.SendAsync(Get($"/api/supervision/complaints?lawyerId={lawyerId}&sort=filedAt", Changchun, Association))).AssertOkJsonAsync();
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        await driver.StepOkAsync(ids[0], "acceptance", new { });
        await driver.StepOkAsync(ids[0], "decision", new { outcome = "Dismissed", reason = "证据不足", decidedOn = driver.Today });
        await driver.StepOkAsync(ids[1], "acceptance", new { });
        await driver.StepOkAsync(ids[1], "decision", new { outcome = "Discipline", discipline = "CircularCriticism", reason = "违规收费", documentNumber = "长律协处字〔2026〕3号", decidedOn = driver.Today });
        await driver.DeliverEventsAsync();

        var records = await (await driver.Client.SendAsync(Get($"/api/supervision/integrity-records?subjectId={lawyerId}", Changchun, Association))).AssertOkJsonAsync();
        var record = records.GetProperty("items").EnumerateArray().Single();
        Assert.That((record.GetProperty("measure").GetString(), record.GetProperty("decidedBy").GetString(), record.GetProperty("complaintId").GetGuid()),
            Is.EqualTo(("Discipline:CircularCriticism", "长春市律师协会", ids[1])));
        Assert.That((await driver.RegistryLawyerAsync(lawyerId)).GetProperty("status").GetString(), Is.EqualTo("Practising"), "discipline does not change the register");
    }

    [Test]
    public async Task Revoking_a_firms_licence_revokes_it_even_with_practising_lawyers_who_are_flagged_to_find_a_new_firm()
    {
        using var driver = Start();
        var (firmId, uscc, lawyerId, _) = await driver.LawyerAsync();
        await driver.FilePubliclyAsync(new { complainantName = "李四", complainantPhone = "13912345678", firmUscc = uscc, summary = "律所违规", details = "详情" });
        var page = await (await driver.Client.SendAsync(Get($"/api/supervision/complaints?firmId={firmId}", Changchun, Association))).AssertOkJsonAsync();
        var id = page.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
        await driver.StepOkAsync(id, "acceptance", new { });
        await driver.StepOkAsync(id, "decision", new { outcome = "Referral", subject = "Firm", reason = "严重违法", decidedOn = driver.Today });
        await driver.StepOkAsync(id, "penalty", new { penalty = "LicenceRevocation", documentNumber = "吉司罚决字〔2026〕1号", decidedOn = driver.Today }, Bureau);
        await driver.DeliverEventsAsync();

        var firm = await (await driver.Client.SendAsync(Get($"/api/registry/firms/{firmId}"))).AssertOkJsonAsync();
        Assert.That((firm.GetProperty("status").GetString(), firm.GetProperty("practisingLawyerCount").GetInt32()), Is.EqualTo(("Revoked", 1)));
        var lawyer = await driver.RegistryLawyerAsync(lawyerId);
        Assert.That((lawyer.GetProperty("status").GetString(), lawyer.GetProperty("needsNewFirm").GetBoolean()), Is.EqualTo(("Practising", true)));
        var publicFirm = await (await driver.Client.GetAsync($"/api/public/firms/{uscc}")).AssertOkJsonAsync();
        Assert.That(publicFirm.GetProperty("integrity").EnumerateArray().Select(r => r.GetProperty("title").GetString()), Is.EqualTo(new[] { "行政处罚：吊销律师事务所执业许可证" }));
    }

    [Test]
    public async Task A_deadline_missed_is_marked_overdue_once_by_the_daily_job_and_shows_in_the_ledger()
    {
        using var driver = Start();
        var (_, _, lawyerId, certificate) = await driver.LawyerAsync();
        await driver.FilePubliclyAsync(PublicComplaint(certificate));
        var id = await driver.ComplaintOfLawyerAsync(lawyerId);
        var job = driver.Factory.Services.GetRequiredService<OverdueJob>();

        // Due on Tuesday 20 October: still in time that day; overdue from the 21st. (Turning the clock also
        // wakes the host's own hourly pass, so the test looks at what is marked, not at who marked it.)
        driver.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero));
        await job.RunOnceAsync(CancellationToken.None);
        var row = (await (await driver.Client.SendAsync(Get($"/api/supervision/complaints?lawyerId={lawyerId}", Changchun, Association))).AssertOkJsonAsync()).GetProperty("items")[0];
        Assert.That((row.GetProperty("daysLeft").GetInt32(), row.GetProperty("overdue").GetBoolean()), Is.EqualTo((0, false)));

        driver.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 21, 1, 0, 0, TimeSpan.Zero));
        await job.RunOnceAsync(CancellationToken.None);
        Assert.That(await job.RunOnceAsync(CancellationToken.None), Is.Zero, "nothing left to mark");
        var overdue = await (await driver.Client.SendAsync(Get("/api/supervision/complaints?overdue=true", Changchun, Association))).AssertOkJsonAsync();
        var item = overdue.GetProperty("items").EnumerateArray().Single();
        Assert.That((item.GetProperty("id").GetGuid(), item.GetProperty("daysLeft").GetInt32()), Is.EqualTo((id, -1)));
        Assert.That((await driver.ComplaintAsync(id)).GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("kind").GetString() == "Overdue"), Is.EqualTo(1), "marked once");

        using var scope = driver.Factory.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LawyerWork.Modules.Supervision.Contracts.ISupervisionLedger>();
        Assert.That(await ledger.OverdueByRegionAsync("220000", CancellationToken.None), Is.EqualTo(new[] { new LawyerWork.Modules.Supervision.Contracts.OverdueCount("220100", 1, 0) }));
        var marks = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.TargetType == "Complaint" && r.TargetId == id.ToString() && r.Operation == "MarkOverdue").Select(r => r.ActorId).ToListAsync();
        Assert.That(marks, Is.EqualTo(new[] { "system:" + OverdueJob.JobName }));

        // The next step clears the mark and starts the next deadline.
        var accepted = await driver.StepOkAsync(id, "acceptance", new { });
        Assert.That((accepted.GetProperty("overdue").GetBoolean(), accepted.GetProperty("deadlineStep").GetString()), Is.EqualTo((false, "ComplaintInvestigation")));
    }
}
