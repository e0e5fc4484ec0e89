using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LawyerWork.Access;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Access;

/// <summary>
/// Every operation of the OpenAPI document, called as anonymous, as each role in its home scope, as
/// an officer of another region and as another firm's administrator, against real records of both
/// scopes, and compared with one declared table. It checks decisions, not business outcomes:
/// allowed = any status but 401/403, denied = 401 or 403, hidden = 404.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    public enum Decision
    {
        Allowed,
        Denied,
        Hidden,
    }

    private const string Anonymous = "anonymous";
    private const string OtherRegion = "other-region-officer";
    private const string OtherFirm = "other-firm-administrator";

    private static readonly string[] Staff = [Roles.SystemAdministrator, Roles.ProvincialOfficer, Roles.CityOfficer, Roles.CountyOfficer];
    private static readonly string[] Everyone = [.. Roles.All];
    private static readonly string[] Writers = [.. Staff, Roles.FirmAdministrator];
    private static readonly string[] Administrators = [Roles.SystemAdministrator];
    private static readonly string[] Auditors = [Roles.SystemAdministrator, Roles.Auditor];
    private static readonly string[] Association = [Roles.AssociationStaff];
    private static readonly string[] CaseReaders = [.. Staff, Roles.AssociationStaff, Roles.Auditor];
    private static readonly string[] CaseFilers = [.. Staff, Roles.AssociationStaff];
    private static readonly string[] RightsReaders = [.. Staff, Roles.AssociationStaff, Roles.Lawyer, Roles.Auditor];
    private static readonly string[] RightsReporters = [Roles.AssociationStaff, Roles.Lawyer];
    private static readonly string[] FirmAdministrators = [Roles.FirmAdministrator];
    private static readonly string[] AssessmentReaders = [.. Staff, Roles.AssociationStaff, Roles.FirmAdministrator];
    private static readonly string[] GovernanceReaders = [.. Staff, Roles.AssociationStaff];

    /// <summary>
    /// The one declared table: who may call each operation, and what the two foreign callers get.
    /// Null roles mean anyone, anonymous included.
    /// </summary>
    private static readonly Dictionary<string, (string[]? Roles, Decision OtherRegion, Decision OtherFirm)> Table = new()
    {
        ["GetRegionTree"] = (null, Decision.Allowed, Decision.Allowed),
        ["GetRegion"] = (null, Decision.Allowed, Decision.Allowed),
        ["LookupRegions"] = (null, Decision.Allowed, Decision.Allowed),
        ["SearchPublicLawyers"] = (null, Decision.Allowed, Decision.Allowed),
        ["GetPublicLawyer"] = (null, Decision.Allowed, Decision.Allowed),
        ["SearchPublicFirms"] = (null, Decision.Allowed, Decision.Allowed),
        ["GetPublicFirm"] = (null, Decision.Allowed, Decision.Allowed),
        ["GetAntiforgeryToken"] = (null, Decision.Allowed, Decision.Allowed),
        ["SignIn"] = (null, Decision.Allowed, Decision.Allowed),
        ["SignInTwoFactor"] = (null, Decision.Allowed, Decision.Allowed),
        ["SignOut"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["GetCurrentSession"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["ChangePassword"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["EnrolTwoFactor"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["ActivateTwoFactor"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["ListOrganisations"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["GetOrganisation"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["RegisterFirm"] = (Staff, Decision.Denied, Decision.Denied),
        ["ListFirms"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["ExportFirms"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["GetFirm"] = (Everyone, Decision.Hidden, Decision.Hidden),
        ["UpdateFirm"] = (Staff, Decision.Hidden, Decision.Denied),
        ["SuspendFirm"] = (Staff, Decision.Hidden, Decision.Denied),
        ["ReinstateFirm"] = (Staff, Decision.Hidden, Decision.Denied),
        ["CancelFirm"] = (Staff, Decision.Hidden, Decision.Denied),
        ["RegisterLawyer"] = (Writers, Decision.Allowed, Decision.Allowed),
        ["ListLawyers"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["ExportLawyers"] = (Everyone, Decision.Allowed, Decision.Allowed),
        ["GetLawyer"] = (Everyone, Decision.Hidden, Decision.Hidden),
        ["UpdateLawyer"] = (Writers, Decision.Hidden, Decision.Hidden),
        ["TransferLawyer"] = (Writers, Decision.Hidden, Decision.Hidden),
        ["SuspendLawyer"] = (Writers, Decision.Hidden, Decision.Hidden),
        ["ReinstateLawyer"] = (Writers, Decision.Hidden, Decision.Hidden),
        ["CancelLawyer"] = (Writers, Decision.Hidden, Decision.Hidden),
        ["ImportFirms"] = (Staff, Decision.Allowed, Decision.Denied),
        ["ImportLawyers"] = (Writers, Decision.Allowed, Decision.Allowed),
        ["GetFirmImportTemplate"] = (Staff, Decision.Allowed, Decision.Denied),
        ["GetLawyerImportTemplate"] = (Writers, Decision.Allowed, Decision.Allowed),
        ["CreateUser"] = (Administrators, Decision.Denied, Decision.Denied),
        ["ListUsers"] = (Administrators, Decision.Denied, Decision.Denied),
        ["GetUser"] = (Administrators, Decision.Denied, Decision.Denied),
        ["UpdateUser"] = (Administrators, Decision.Denied, Decision.Denied),
        ["DisableUser"] = (Administrators, Decision.Denied, Decision.Denied),
        ["EnableUser"] = (Administrators, Decision.Denied, Decision.Denied),
        ["ResetUserPassword"] = (Administrators, Decision.Denied, Decision.Denied),
        ["RegisterApiClient"] = (Administrators, Decision.Denied, Decision.Denied),
        ["ListApiClients"] = (Administrators, Decision.Denied, Decision.Denied),
        ["RotateApiClientSecret"] = (Administrators, Decision.Denied, Decision.Denied),
        ["RemoveApiClient"] = (Administrators, Decision.Denied, Decision.Denied),
        ["ListAuditRecords"] = (Auditors, Decision.Denied, Decision.Denied),
        ["ExportAuditRecords"] = (Auditors, Decision.Denied, Decision.Denied),
        ["VerifyAuditTrail"] = (Auditors, Decision.Denied, Decision.Denied),
        ["GetCheckpointPublicKey"] = (Auditors, Decision.Denied, Decision.Denied),
        ["ListOutboxMessages"] = (Administrators, Decision.Denied, Decision.Denied),
        ["GetOutboxMessage"] = (Administrators, Decision.Denied, Decision.Denied),
        ["ReplayOutboxMessage"] = (Administrators, Decision.Denied, Decision.Denied),
        ["SkipOutboxMessage"] = (Administrators, Decision.Denied, Decision.Denied),
        ["ListEventTypes"] = (Administrators, Decision.Denied, Decision.Denied),
        ["ListWebhookSubscriptions"] = (Administrators, Decision.Denied, Decision.Denied),
        ["CreateWebhookSubscription"] = (Administrators, Decision.Denied, Decision.Denied),
        ["GetWebhookSubscription"] = (Administrators, Decision.Denied, Decision.Denied),
        ["ChangeWebhookSubscription"] = (Administrators, Decision.Denied, Decision.Denied),
        ["RotateWebhookSecret"] = (Administrators, Decision.Denied, Decision.Denied),
        ["RemoveWebhookSubscription"] = (Administrators, Decision.Denied, Decision.Denied),
        ["ListDeliveries"] = (Administrators, Decision.Denied, Decision.Denied),
        ["GetDelivery"] = (Administrators, Decision.Denied, Decision.Denied),
        ["Redeliver"] = (Administrators, Decision.Denied, Decision.Denied),
        ["GetNationalExchangeStatus"] = (Administrators, Decision.Denied, Decision.Denied),
        ["ListReconciliationDays"] = (Administrators, Decision.Denied, Decision.Denied),
        ["Reconcile"] = (Administrators, Decision.Denied, Decision.Denied),
        ["FileComplaint"] = (CaseFilers, Decision.Denied, Decision.Denied),
        ["ListComplaints"] = (CaseReaders, Decision.Allowed, Decision.Denied),
        ["ExportComplaints"] = (CaseReaders, Decision.Allowed, Decision.Denied),
        ["GetComplaint"] = (CaseReaders, Decision.Hidden, Decision.Denied),
        ["AcceptComplaint"] = (Association, Decision.Denied, Decision.Denied),
        ["RejectComplaint"] = (Association, Decision.Denied, Decision.Denied),
        ["AddComplaintNote"] = (Association, Decision.Denied, Decision.Denied),
        ["DecideComplaint"] = (Association, Decision.Denied, Decision.Denied),
        ["DecidePenalty"] = (Staff, Decision.Hidden, Decision.Denied),
        ["NotifyComplainant"] = (Association, Decision.Denied, Decision.Denied),
        ["CloseComplaint"] = (Association, Decision.Denied, Decision.Denied),
        ["ReopenComplaint"] = (Association, Decision.Denied, Decision.Denied),
        ["AttachToComplaint"] = (Association, Decision.Denied, Decision.Denied),
        ["GetComplaintAttachment"] = (CaseReaders, Decision.Hidden, Decision.Denied),
        ["ReportObstruction"] = (RightsReporters, Decision.Denied, Decision.Denied),
        ["ListRightsCases"] = (RightsReaders, Decision.Allowed, Decision.Denied),
        ["ExportRightsCases"] = (RightsReaders, Decision.Allowed, Decision.Denied),
        ["GetRightsCase"] = (RightsReaders, Decision.Hidden, Decision.Denied),
        ["AcceptRightsCase"] = (Association, Decision.Denied, Decision.Denied),
        ["RejectRightsCase"] = (Association, Decision.Denied, Decision.Denied),
        ["CoordinateRightsCase"] = (Association, Decision.Denied, Decision.Denied),
        ["AnswerRightsCase"] = (Association, Decision.Denied, Decision.Denied),
        ["CloseRightsCase"] = (Association, Decision.Denied, Decision.Denied),
        ["ListIntegrityRecords"] = (CaseReaders, Decision.Allowed, Decision.Denied),
        ["RecordIntegrity"] = (CaseFilers, Decision.Denied, Decision.Denied),
        ["ListSurveys"] = (CaseFilers, Decision.Allowed, Decision.Denied),
        ["DraftSurvey"] = (CaseFilers, Decision.Denied, Decision.Denied),
        ["GetSurvey"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["ReviseSurvey"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["OpenSurvey"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["CloseSurvey"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["GetSurveyProgress"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["GetSurveySummary"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["ExportSurveyAnswers"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["ListFirmSurveys"] = (FirmAdministrators, Decision.Denied, Decision.Allowed),
        ["GetFirmSurvey"] = (FirmAdministrators, Decision.Denied, Decision.Hidden),
        ["SaveSurveyAnswers"] = (FirmAdministrators, Decision.Denied, Decision.Hidden),
        ["SubmitSurveyAnswers"] = (FirmAdministrators, Decision.Denied, Decision.Hidden),
        ["NominateModelFirm"] = (CaseFilers, Decision.Denied, Decision.Denied),
        ["ListModelFirms"] = (CaseFilers, Decision.Allowed, Decision.Denied),
        ["ListModelFirmCriteria"] = (CaseFilers, Decision.Allowed, Decision.Denied),
        ["GetModelFirm"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["ReviewModelFirm"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["DesignateModelFirm"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["DeclineModelFirm"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["RevokeModelFirm"] = (CaseFilers, Decision.Hidden, Decision.Denied),
        ["ListPublicModelFirms"] = (null, Decision.Allowed, Decision.Allowed),
        ["OpenAssessments"] = (Staff, Decision.Denied, Decision.Denied),
        ["ListAssessments"] = (AssessmentReaders, Decision.Allowed, Decision.Allowed),
        ["ExportAssessments"] = (AssessmentReaders, Decision.Allowed, Decision.Allowed),
        ["GetAssessmentProgress"] = (Staff, Decision.Allowed, Decision.Denied),
        ["GetAssessment"] = (AssessmentReaders, Decision.Hidden, Decision.Hidden),
        ["ReportAssessment"] = (FirmAdministrators, Decision.Denied, Decision.Hidden),
        ["ReviewAssessment"] = (Association, Decision.Denied, Decision.Denied),
        ["DecideAssessment"] = (Staff, Decision.Hidden, Decision.Denied),
        ["ListMeetings"] = (GovernanceReaders, Decision.Allowed, Decision.Denied),
        ["RecordMeeting"] = (Association, Decision.Denied, Decision.Denied),
        ["GetMeeting"] = (GovernanceReaders, Decision.Hidden, Decision.Denied),
        ["CorrectMeeting"] = (Association, Decision.Denied, Decision.Denied),
        ["CompleteMeetingDecision"] = (Association, Decision.Denied, Decision.Denied),
        ["ListCommittees"] = (GovernanceReaders, Decision.Allowed, Decision.Denied),
        ["FormCommittee"] = (Association, Decision.Denied, Decision.Denied),
        ["GetCommittee"] = (GovernanceReaders, Decision.Hidden, Decision.Denied),
        ["AppointCommitteeMember"] = (Association, Decision.Denied, Decision.Denied),
        ["EndCommitteeTerm"] = (Association, Decision.Denied, Decision.Denied),
        ["SubmitPublicComplaint"] = (null, Decision.Allowed, Decision.Allowed),
        ["FollowPublicComplaint"] = (null, Decision.Allowed, Decision.Allowed),
    };

    private static LawyerWorkFactory factory = null!;
    private static HttpClient client = null!;
    private static JsonObject document = null!;
    private static Fixture records = null!;

    private sealed record Fixture(
        Guid HomeFirm, Guid OtherFirm, Guid HomeLawyer, string HomeCertificate, string HomeUscc, Guid Organisation, Guid User, string ApiClient,
        Guid Complaint, string Receipt, Guid RightsCase, Guid Survey, Guid ModelFirm, Guid Assessment, Guid Meeting, Guid Decision, Guid Committee);

    [OneTimeSetUp]
    public async Task Seed()
    {
        factory = new LawyerWorkFactory();
        client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();
        var samples = new RegistrySamples(client);
        var home = await samples.CreateFirmAsync(body: FirmBody("220104"));
        var other = await samples.CreateFirmAsync(body: FirmBody("220202"));
        var homeFirm = Guid.Parse(home.GetProperty("id").GetString()!);
        var lawyer = await samples.CreateLawyerAsync(homeFirm);
        await samples.CreateLawyerAsync(Guid.Parse(other.GetProperty("id").GetString()!), "220202");
        var organisations = await (await client.SendAsync(Get("/api/registry/organisations?pageSize=1"))).AssertOkJsonAsync();
        var user = await new AccessDriver(factory).CreateUserAsync("matrix.user", Roles.CountyOfficer, "region:220104");
        var apiClient = await client.SendAsync(Post("/api/access/clients",
            new { displayName = "矩阵测试系统", scopes = new[] { "registry.read" }, dataScope = "region:220100" }, Province, Roles.SystemAdministrator));
        var clientId = JsonDocument.Parse(await apiClient.Content.ReadAsStringAsync()).RootElement.GetProperty("client").GetProperty("clientId").GetString()!;
        var complaint = await (await client.SendAsync(Post("/api/supervision/complaints", ComplaintBody(Guid.Parse(lawyer.GetProperty("id").GetString()!)),
            Province, Roles.AssociationStaff))).AssertCreatedJsonAsync();
        var rightsCase = await (await client.SendAsync(Post("/api/supervision/rights-cases",
            RightsBody(Guid.Parse(lawyer.GetProperty("id").GetString()!)), Province, Roles.AssociationStaff))).AssertCreatedJsonAsync();
        var survey = await (await client.SendAsync(Post("/api/supervision/surveys", SurveyBody(), Province, Roles.ProvincialOfficer))).AssertCreatedJsonAsync();
        await (await client.SendAsync(Step($"/api/supervision/surveys/{survey.GetProperty("id").GetString()}/opening", new { }, ETag(0), Province, Roles.ProvincialOfficer))).AssertOkJsonAsync();
        var nomination = await (await client.SendAsync(Post("/api/supervision/model-firms", new { firmId = homeFirm, year = 2026, reason = "管理规范" }, Province, Roles.ProvincialOfficer))).AssertCreatedJsonAsync();
        await (await client.SendAsync(Post("/api/supervision/assessments/opening", new { year = 2026, regionCode = "220104" }, Province, Roles.ProvincialOfficer))).AssertOkJsonAsync();
        var assessments = await (await client.SendAsync(Get($"/api/supervision/assessments?year=2026", $"firm:{homeFirm}", Roles.FirmAdministrator))).AssertOkJsonAsync();
        var meeting = await (await client.SendAsync(Post("/api/supervision/meetings", MeetingBody(), "region:220100", Roles.AssociationStaff))).AssertCreatedJsonAsync();
        var committee = await (await client.SendAsync(Post("/api/supervision/committees", new { name = "刑事业务委员会" }, "region:220100", Roles.AssociationStaff))).AssertCreatedJsonAsync();
        records = new Fixture(
            homeFirm,
            Guid.Parse(other.GetProperty("id").GetString()!),
            Guid.Parse(lawyer.GetProperty("id").GetString()!),
            lawyer.GetProperty("certificateNumber").GetString()!,
            home.GetProperty("uscc").GetString()!,
            Guid.Parse(organisations.GetProperty("items")[0].GetProperty("id").GetString()!),
            user.Id,
            clientId,
            complaint.GetProperty("id").GetGuid(),
            complaint.GetProperty("receiptNumber").GetString()!,
            rightsCase.GetProperty("id").GetGuid(),
            survey.GetProperty("id").GetGuid(),
            nomination.GetProperty("id").GetGuid(),
            assessments.GetProperty("items")[0].GetProperty("id").GetGuid(),
            meeting.GetProperty("id").GetGuid(),
            meeting.GetProperty("decisions")[0].GetProperty("id").GetGuid(),
            committee.GetProperty("id").GetGuid());
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client.Dispose();
        factory.Dispose();
    }

    private static IEnumerable<(string Id, string Method, string Path)> Operations() =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch")
            .Select(o => (o.Value!["operationId"]!.GetValue<string>(), o.Key.ToUpperInvariant(), path.Key)));

    [Test]
    public void Every_operation_of_the_document_is_in_the_table_and_nothing_else_is()
    {
        var ids = Operations().Select(o => o.Id).ToList();
        Assert.That(ids.Except(Table.Keys), Is.Empty, "operations missing from the authorisation table");
        Assert.That(Table.Keys.Except(ids), Is.Empty, "table rows for operations that no longer exist");
    }

    [Test]
    public async Task Every_operation_decides_as_the_table_declares_for_every_caller()
    {
        var callers = new List<(string Name, string? Role, string? Scope)> { (Anonymous, null, null) };
        callers.AddRange(Roles.All.Select(role => (role, (string?)role, (string?)HomeScope(role))));
        callers.Add((OtherRegion, Roles.CityOfficer, "region:220200"));
        callers.Add((OtherFirm, Roles.FirmAdministrator, $"firm:{records.OtherFirm}"));

        var mismatches = new List<string>();
        foreach (var (id, method, path) in Operations())
        {
            var (roles, otherRegion, otherFirm) = Table[id];
            foreach (var (name, role, scope) in callers)
            {
                var expected = name switch
                {
                    OtherRegion => otherRegion,
                    OtherFirm => otherFirm,
                    _ when roles is null => Decision.Allowed,
                    Anonymous => Decision.Denied,
                    _ => roles.Contains(role) ? Decision.Allowed : Decision.Denied,
                };
                var response = await client.SendAsync(Request(id, method, path, role, scope));
                var actual = response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => Decision.Denied,
                    HttpStatusCode.NotFound when expected == Decision.Hidden => Decision.Hidden,
                    _ => Decision.Allowed,
                };
                if (actual != expected || response.StatusCode == HttpStatusCode.InternalServerError)
                {
                    mismatches.Add($"{id} as {name}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(20)));
    }

    [Test]
    public async Task A_real_cookie_for_each_role_decides_like_the_test_headers()
    {
        var access = new AccessDriver(factory);
        foreach (var role in Roles.All.Where(r => !Roles.RequireTwoFactor.Contains(r)))
        {
            await access.CreateUserAsync($"cookie.{role}", role, HomeScope(role));
            using var browser = access.Browser();
            await (await AccessDriver.SignInAsync(browser, $"cookie.{role}")).Response.AssertOkJsonAsync();
            var firms = await browser.GetAsync("/api/registry/firms");
            var users = await browser.GetAsync("/api/access/users");
            Assert.That(firms.StatusCode, Is.EqualTo(HttpStatusCode.OK), role);
            Assert.That(users.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), role);
        }
    }

    [Test]
    public async Task A_real_bearer_token_decides_by_its_scopes()
    {
        var registered = await client.SendAsync(Post("/api/access/clients",
            new { displayName = "令牌矩阵", scopes = new[] { "registry.read" }, dataScope = "region:220000" }, Province, Roles.SystemAdministrator));
        var created = JsonDocument.Parse(await registered.Content.ReadAsStringAsync()).RootElement;
        var token = await AccessDriver.TokenAsync(client, created.GetProperty("client").GetProperty("clientId").GetString()!, created.GetProperty("clientSecret").GetString()!, "registry.read");
        Assert.That((await client.SendAsync(AccessDriver.WithBearer(new HttpRequestMessage(HttpMethod.Get, "/api/registry/lawyers"), token))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.SendAsync(AccessDriver.WithBearer(new HttpRequestMessage(HttpMethod.Get, "/api/access/users"), token))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var write = AccessDriver.WithBearer(new HttpRequestMessage(HttpMethod.Post, "/api/registry/firms") { Content = JsonContent.Create(FirmBody()) }, token);
        Assert.That((await client.SendAsync(write)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static string HomeScope(string role) => role switch
    {
        Roles.CityOfficer or Roles.AssociationStaff => "region:220100",
        Roles.CountyOfficer => "region:220104",
        Roles.FirmAdministrator => $"firm:{records.HomeFirm}",
        Roles.Lawyer => $"self:{records.HomeLawyer}",
        _ => "region:220000",
    };

    private static HttpRequestMessage Request(string id, string method, string path, string? role, string? scope)
    {
        var url = path
            .Replace("{code}", "220104", StringComparison.Ordinal)
            .Replace("{certificateNumber}", records.HomeCertificate, StringComparison.Ordinal)
            .Replace("{uscc}", records.HomeUscc, StringComparison.Ordinal)
            .Replace("{clientId}", records.ApiClient, StringComparison.Ordinal)
            .Replace("{module}", "registry", StringComparison.Ordinal)
            .Replace("{receiptNumber}", records.Receipt, StringComparison.Ordinal)
            .Replace("{attachmentId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{surveyId}", records.Survey.ToString(), StringComparison.Ordinal)
            .Replace("{decisionId}", records.Decision.ToString(), StringComparison.Ordinal)
            .Replace("{memberId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{id}", id switch
            {
                _ when path.StartsWith("/api/registry/firms", StringComparison.Ordinal) => records.HomeFirm.ToString(),
                _ when path.StartsWith("/api/registry/lawyers", StringComparison.Ordinal) => records.HomeLawyer.ToString(),
                _ when path.StartsWith("/api/registry/organisations", StringComparison.Ordinal) => records.Organisation.ToString(),
                _ when path.StartsWith("/api/supervision/complaints", StringComparison.Ordinal) => records.Complaint.ToString(),
                _ when path.StartsWith("/api/supervision/rights-cases", StringComparison.Ordinal) => records.RightsCase.ToString(),
                _ when path.StartsWith("/api/supervision/surveys", StringComparison.Ordinal) => records.Survey.ToString(),
                _ when path.StartsWith("/api/supervision/model-firms", StringComparison.Ordinal) => records.ModelFirm.ToString(),
                _ when path.StartsWith("/api/supervision/assessments", StringComparison.Ordinal) => records.Assessment.ToString(),
                _ when path.StartsWith("/api/supervision/meetings", StringComparison.Ordinal) => records.Meeting.ToString(),
                _ when path.StartsWith("/api/supervision/committees", StringComparison.Ordinal) => records.Committee.ToString(),
                _ => records.User.ToString(),
            }, StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (ImportFile(id) is { } file)
        {
            // A dry run: the callers allowed to import get a report of the row, and nothing is written.
            request.RequestUri = new Uri(url + "?dryRun=true", UriKind.Relative);
            request.Content = file;
        }
        else if (Body(id) is { } body)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        if (role is not null)
        {
            request.AsCaller(role, scope!);
        }

        return request;
    }

    private static object MeetingBody() => new
    {
        kind = "PresidentsOffice",
        heldOn = "2026-01-05",
        title = "会长办公会",
        attendees = new[] { new { name = "王会长", post = "会长" } },
        agenda = "年度工作",
        decisions = new[] { new { text = "制定维权工作细则", owner = "秘书处", dueOn = "2026-03-31" } },
    };

    private static object SurveyBody() => new
    {
        title = "中小所调研",
        targetRegionCode = "220104",
        closesOn = "2030-12-31",
        questions = new[] { new { kind = "Text", text = "经营中的主要困难", required = false } },
    };

    private static object ComplaintBody(Guid lawyerId) =>
        new { complainantName = "王五", complainantPhone = "13800000000", lawyerId, summary = "矩阵测试投诉", details = "矩阵测试" };

    private static object RightsBody(Guid lawyerId) =>
        new { lawyerId, obstruction = "MeetingClient", authority = "某某看守所", occurredOn = "2026-01-05", account = "矩阵测试" };

    private static MultipartFormDataContent? ImportFile(string id)
    {
        var csv = id switch
        {
            "ImportLawyers" => $"name,gender,idNumber,certificateNumber,category,firmUscc,firstPracticeYear\r\n李矩阵,Male,{IdNumber(Next())},{CertificateNumber("220104", 2010, '1', Next())},FullTime,{records.HomeUscc},2010\r\n",
            "ImportFirms" => string.Join(',', FirmBody("220104").Keys) + "\r\n" + string.Join(',', FirmBody("220104").Values) + "\r\n",
            _ => null,
        };
        if (csv is null)
        {
            return null;
        }

        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "matrix.csv" } };
    }

    private static object? Body(string id)
    {
        var step = new { effectiveOn = "2026-01-10", reason = "矩阵测试" };
        return id switch
        {
            "LookupRegions" => new { codes = new[] { "220104" } },
            "SignIn" => new { userName = "nobody", password = "Wrong-Password-1" },
            "SignInTwoFactor" => new { code = "000000" },
            "ChangePassword" => new { currentPassword = "Wrong-Password-1", newPassword = "Another-Good-Pass-2" },
            "ActivateTwoFactor" => new { code = "000000" },
            "RegisterFirm" or "UpdateFirm" => FirmBody("220104"),
            "SuspendFirm" or "ReinstateFirm" or "CancelFirm" or "SuspendLawyer" or "ReinstateLawyer" or "CancelLawyer" => step,
            "RegisterLawyer" => LawyerBody(records.HomeFirm),
            "UpdateLawyer" => new { name = "张三", gender = "Male", category = "FullTime", firstPracticeYear = 2010 },
            "TransferLawyer" => new { toFirmId = records.HomeFirm, effectiveOn = "2026-02-01" },
            "CreateUser" => new { userName = $"matrix.{Next()}", displayName = "矩阵用户", role = Roles.CountyOfficer, dataScope = "region:220104" },
            "UpdateUser" => new { displayName = "矩阵用户", role = Roles.CountyOfficer, dataScope = "region:220104" },
            "RegisterApiClient" => new { displayName = "矩阵系统", scopes = new[] { "registry.read" }, dataScope = "region:220100" },
            "ReplayOutboxMessage" or "SkipOutboxMessage" => new { reason = "矩阵测试" },
            "CreateWebhookSubscription" => new { clientId = records.ApiClient, url = "https://10.0.0.1/hook", eventTypes = new[] { "LawyerRegistered" } },
            "ChangeWebhookSubscription" => new { url = "https://10.0.0.1/hook", eventTypes = new[] { "LawyerRegistered" }, active = true },
            "Reconcile" => new { from = "2026-01-01", to = "2026-01-02" },
            "FileComplaint" => ComplaintBody(records.HomeLawyer),
            "DraftSurvey" or "ReviseSurvey" => SurveyBody(),
            "NominateModelFirm" => new { firmId = records.HomeFirm, year = 2025, reason = "矩阵测试" },
            "OpenAssessments" => new { year = 2026, regionCode = "220104" },
            "RecordMeeting" or "CorrectMeeting" => MeetingBody(),
            "CompleteMeetingDecision" => new { doneOn = "2026-01-10" },
            "FormCommittee" => new { name = $"委员会{Next()}" },
            "AppointCommitteeMember" => new { lawyerId = records.HomeLawyer, role = "Member", termFrom = "2026-01-01", termUntil = "2029-01-01" },
            "EndCommitteeTerm" => new { endsOn = "2026-06-01" },
            "ReportAssessment" or "ReviewAssessment" => new { selfReport = "矩阵测试" },
            "DecideAssessment" => new { firmResult = "Qualified" },
            "ReviewModelFirm" => new
            {
                scores = new[] { "党建工作", "内部管理制度", "执业质量与诚信", "公益法律服务", "人才培养" }.Select(criterion => new { criterion, score = 10 }),
            },
            "DesignateModelFirm" => new { from = "2026-01-01", until = "2028-12-31", documentNumber = "吉司发〔2026〕1号" },
            "DeclineModelFirm" => new { note = "矩阵测试" },
            "RevokeModelFirm" => new { reason = "矩阵测试" },
            "SaveSurveyAnswers" or "SubmitSurveyAnswers" => new { answers = new Dictionary<string, object>() },
            "SubmitPublicComplaint" => new { complainantName = "王五", complainantPhone = "13800000000", lawyerCertificateNumber = records.HomeCertificate, summary = "矩阵", details = "矩阵测试" },
            "AcceptComplaint" or "AddComplaintNote" or "CloseComplaint" => new { note = "矩阵测试" },
            "RejectComplaint" or "ReopenComplaint" => new { reason = "矩阵测试" },
            "DecideComplaint" => new { outcome = "Dismissed", reason = "矩阵测试", decidedOn = "2026-01-10" },
            "DecidePenalty" => new { penalty = "Warning", documentNumber = "吉司罚〔2026〕1号", decidedOn = "2026-01-10" },
            "NotifyComplainant" => new { channel = "Phone", notifiedOn = "2026-01-10" },
            "ReportObstruction" => RightsBody(records.HomeLawyer),
            "AcceptRightsCase" or "CoordinateRightsCase" => new { note = "矩阵测试" },
            "RejectRightsCase" => new { reason = "矩阵测试" },
            "AnswerRightsCase" => new { answer = "矩阵测试" },
            "CloseRightsCase" => new { satisfaction = "Satisfied" },
            "RecordIntegrity" => new { kind = "Reward", subject = "Lawyer", subjectId = records.HomeLawyer, measure = "Reward:Commendation", title = "优秀律师", decidedBy = "吉林省律师协会", documentNumber = "吉律协〔2026〕1号", decidedOn = "2026-01-10" },
            "SignOut" or "EnrolTwoFactor" or "DisableUser" or "EnableUser" or "ResetUserPassword" or "RotateApiClientSecret" => new { },
            _ => null,
        };
    }
}
