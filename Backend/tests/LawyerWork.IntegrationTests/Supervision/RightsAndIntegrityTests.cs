using System.Net;
using System.Net.Http.Headers;
using LawyerWork.Access;
using LawyerWork.IntegrationTests.Infrastructure;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;
using static LawyerWork.IntegrationTests.Supervision.SupervisionDriver;

namespace LawyerWork.IntegrationTests.Supervision;

public sealed class RightsAndIntegrityTests
{
    [Test]
    public async Task A_lawyer_reports_an_obstruction_and_the_association_takes_it_to_the_lawyers_satisfaction()
    {
        using var driver = Start();
        var (_, _, lawyerId, _) = await driver.LawyerAsync();
        var (_, _, otherLawyer, _) = await driver.LawyerAsync();
        var self = $"self:{lawyerId}";
        var report = new { obstruction = "MeetingClient", authority = "长春市第一看守所", occurredOn = "2026-09-29", account = "持三证要求会见被拒，称须经办案机关批准。" };

        var created = await (await driver.Client.SendAsync(Post("/api/supervision/rights-cases", report, self, Roles.Lawyer))).AssertCreatedJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        Assert.That((created.GetProperty("lawyerId").GetGuid(), created.GetProperty("state").GetString(), created.GetProperty("deadlineStep").GetString()),
            Is.EqualTo((lawyerId, "Received", "RightsAcceptance")));
        Assert.That(created.GetProperty("receiptNumber").GetString(), Does.StartWith("WQ2026-"));
        await (await driver.Client.SendAsync(Post("/api/supervision/rights-cases", new { obstruction = "Unknown", authority = "", occurredOn = "2026-12-31", account = "" }, self, Roles.Lawyer)))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await driver.Client.SendAsync(Post("/api/supervision/rights-cases", new { authority = "", occurredOn = "2026-12-31", account = "" }, self, Roles.Lawyer)))
            .AssertValidationProblemAsync("obstruction", "authority", "occurredOn", "account");

        // The lawyer sees their own case, not another's, and cannot take the centre's steps.
        await (await driver.Client.SendAsync(Get($"/api/supervision/rights-cases/{id}", self, Roles.Lawyer))).AssertOkJsonAsync();
        await (await driver.Client.SendAsync(Get($"/api/supervision/rights-cases/{id}", $"self:{otherLawyer}", Roles.Lawyer))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Act(driver, id, "acceptance", new { }, ETag(0), self, Roles.Lawyer)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await Act(driver, id, "closure", new { satisfaction = "Satisfied" }, ETag(0))).AssertProblemAsync(HttpStatusCode.Conflict);

        var version = 0L;
        foreach (var (step, body) in new (string, object)[]
                 {
                     ("acceptance", new { note = "受理" }),
                     ("coordination", new { note = "与看守所电话沟通" }),
                     ("coordination", new { note = "函告市公安局监管支队" }),
                     ("answer", new { answer = "看守所已安排会见并书面致歉" }),
                     ("closure", new { satisfaction = "Satisfied" }),
                 })
        {
            var after = await (await Act(driver, id, step, body, ETag(version))).AssertOkJsonAsync();
            version = after.GetProperty("version").GetInt64();
        }

        var closed = await (await driver.Client.SendAsync(Get($"/api/supervision/rights-cases/{id}", self, Roles.Lawyer))).AssertOkJsonAsync();
        Assert.That((closed.GetProperty("state").GetString(), closed.GetProperty("satisfaction").GetString(), closed.GetProperty("answer").GetString()),
            Is.EqualTo(("Closed", "Satisfied", "看守所已安排会见并书面致歉")));
        Assert.That(closed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()),
            Is.EqualTo(new[] { "Reported", "Accepted", "Coordinated", "Coordinated", "Answered", "Closed" }));
        var ledger = await (await driver.Client.SendAsync(Get("/api/supervision/rights-cases?state=Closed&obstruction=MeetingClient", Changchun, Association))).AssertOkJsonAsync();
        Assert.That(ledger.GetProperty("totalCount").GetInt64(), Is.EqualTo(1));
        var csv = await (await driver.Client.SendAsync(Get($"/api/supervision/rights-cases/export?lawyerId={lawyerId}", Changchun, Association))).Content.ReadAsStringAsync();
        Assert.That(csv, Does.Contain("长春市第一看守所").And.Contain(closed.GetProperty("receiptNumber").GetString()));
        await (await driver.Client.SendAsync(Get("/api/supervision/rights-cases?reportedFrom=2026-10-01&reportedTo=2026-09-01", Changchun, Association)))
            .AssertValidationProblemAsync("reportedTo");
        var elsewhere = await (await driver.Client.SendAsync(Get("/api/supervision/rights-cases", JilinCity, Association))).AssertOkJsonAsync();
        Assert.That(elsewhere.GetProperty("totalCount").GetInt64(), Is.Zero);
    }

    private static Task<HttpResponseMessage> Act(SupervisionDriver driver, Guid id, string step, object body, string etag, string scope = Changchun, string role = Association) =>
        driver.Client.SendAsync(Step($"/api/supervision/rights-cases/{id}/{step}", body, etag, scope, role));

    [Test]
    public async Task Evidence_is_attached_within_its_limits_and_read_back()
    {
        using var driver = Start();
        var (_, _, lawyerId, certificate) = await driver.LawyerAsync();
        await driver.FilePubliclyAsync(PublicComplaint(certificate));
        var id = await driver.ComplaintOfLawyerAsync(lawyerId);
        var pdf = "%PDF-1.4\n% 委托合同扫描件\n"u8.ToArray();

        var uploaded = await (await Upload(driver, id, pdf, "application/pdf", "委托合同.pdf")).AssertCreatedJsonAsync();
        Assert.That((uploaded.GetProperty("fileName").GetString(), uploaded.GetProperty("size").GetInt64()), Is.EqualTo(("委托合同.pdf", pdf.LongLength)));
        var download = await driver.Client.SendAsync(Get($"/api/supervision/complaints/{id}/attachments/{uploaded.GetProperty("id").GetString()}", Changchun, Bureau));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(pdf));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));

        await (await Upload(driver, id, "hello"u8.ToArray(), "text/plain", "a.txt")).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await Upload(driver, id, new byte[6 * 1024 * 1024], "image/png", "big.png")).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await Upload(driver, id, pdf, "application/pdf", "x.pdf", JilinCity)).AssertProblemAsync(HttpStatusCode.NotFound);
        var details = await driver.ComplaintAsync(id);
        Assert.That(details.GetProperty("attachments").GetArrayLength(), Is.EqualTo(1), "refused uploads keep nothing");
        Assert.That(details.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()), Does.Contain("Attachment"));
    }

    private static Task<HttpResponseMessage> Upload(SupervisionDriver driver, Guid id, byte[] content, string type, string name, string scope = Changchun)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        var form = new MultipartFormDataContent { { file, "file", name } };
        return driver.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/supervision/complaints/{id}/attachments") { Content = form }.AsCaller(Association, scope));
    }

    [Test]
    public async Task A_reward_and_a_sanction_entered_directly_are_disclosed_and_a_suspension_entered_directly_reaches_the_register()
    {
        using var driver = Start();
        var (_, _, lawyerId, certificate) = await driver.LawyerAsync();
        var reward = new { kind = "Reward", subject = "Lawyer", subjectId = lawyerId, measure = "Reward:Commendation", title = "2025年度全省优秀律师", decidedBy = "吉林省律师协会", documentNumber = "吉律协发〔2026〕5号", decidedOn = "2026-03-01" };
        await (await driver.Client.SendAsync(Post("/api/supervision/integrity-records", reward, Changchun, Association))).AssertCreatedJsonAsync();
        var suspension = new { kind = "Sanction", subject = "Lawyer", subjectId = lawyerId, measure = "Penalty:PracticeSuspension", months = 3, title = "停止执业三个月", decidedBy = "长春市司法局", documentNumber = "长司罚决字〔2026〕30号", decidedOn = driver.Today };
        await (await driver.Client.SendAsync(Post("/api/supervision/integrity-records", suspension, Changchun, Bureau))).AssertCreatedJsonAsync();

        await (await driver.Client.SendAsync(Post("/api/supervision/integrity-records", reward with { }, JilinCity, Bureau))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await driver.Client.SendAsync(Post("/api/supervision/integrity-records",
            new { kind = "Sanction", subject = "Lawyer", subjectId = lawyerId, measure = "Penalty:3", title = "x", decidedBy = "x", documentNumber = "x", decidedOn = driver.Today }, Changchun, Bureau)))
            .AssertValidationProblemAsync("measure");
        await (await driver.Client.SendAsync(Post("/api/supervision/integrity-records",
            new { kind = "Reward", subject = "Lawyer", subjectId = lawyerId, measure = "Penalty:Warning", title = "x", decidedBy = "x", documentNumber = "x", decidedOn = driver.Today }, Changchun, Bureau)))
            .AssertValidationProblemAsync("measure");

        await driver.DeliverEventsAsync();
        Assert.That((await driver.RegistryLawyerAsync(lawyerId)).GetProperty("suspendedUntil").GetString(), Is.EqualTo("2026-12-30"));

        // 吊销执业证书 entered later: the certificate is revoked and the lawyer leaves the firm's count.
        driver.Clock.Advance(TimeSpan.FromMinutes(30));
        var revocation = new { kind = "Sanction", subject = "Lawyer", subjectId = lawyerId, measure = "Penalty:CertificateRevocation", title = "吊销执业证书", decidedBy = "吉林省司法厅", documentNumber = "吉司罚决字〔2026〕9号", decidedOn = driver.Today };
        await (await driver.Client.SendAsync(Post("/api/supervision/integrity-records", revocation, Province, Roles.ProvincialOfficer))).AssertCreatedJsonAsync();
        await driver.DeliverEventsAsync();
        var revoked = await driver.RegistryLawyerAsync(lawyerId);
        Assert.That((revoked.GetProperty("status").GetString(), revoked.GetProperty("suspendedUntil").ValueKind), Is.EqualTo(("Revoked", System.Text.Json.JsonValueKind.Null)));
        Assert.That((await (await driver.Client.SendAsync(Get($"/api/registry/firms/{revoked.GetProperty("firmId").GetString()}"))).AssertOkJsonAsync()).GetProperty("practisingLawyerCount").GetInt32(), Is.Zero);
        var publicLawyer = await (await driver.Client.GetAsync($"/api/public/lawyers/{certificate}")).AssertOkJsonAsync();
        Assert.That(publicLawyer.GetProperty("integrity").EnumerateArray().Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("measure").GetString())),
            Is.EqualTo(new[] { ("Sanction", "Penalty:CertificateRevocation"), ("Sanction", "Penalty:PracticeSuspension"), ("Reward", "Reward:Commendation") }));
    }
}
