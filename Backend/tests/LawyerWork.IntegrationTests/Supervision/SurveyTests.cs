using System.Net;
using LawyerWork.Access;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Supervision;

/// <summary>专题调研 of small and sole firms: the bureau writes and sends, each firm answers once, the bureau reads the summary.</summary>
public sealed class SurveyTests
{
    private const string Bureau = Roles.ProvincialOfficer;

    private static object Questionnaire(string region) => new
    {
        title = "2026年中小律师事务所发展状况调研",
        description = "了解中小所经营与管理状况",
        targetRegionCode = region,
        targetSizeBands = new[] { "Small" },
        targetForms = new[] { "Sole", "GeneralPartnership" },
        closesOn = "2030-12-31",
        questions = new object[]
        {
            new { kind = "SingleChoice", text = "本所是否建立财务管理制度", options = new[] { "是", "否" }, required = true },
            new { kind = "MultipleChoice", text = "主要业务领域", options = new[] { "民事", "刑事", "行政", "非诉" }, required = true },
            new { kind = "Number", text = "上一年度业务收入（万元）", required = true, min = 0, max = 100000 },
            new { kind = "Text", text = "经营中遇到的主要困难", required = false },
        },
    };

    private static async Task<Guid> SmallFirmAsync(HttpClient client, string region, string form = "Sole")
    {
        var body = FirmBody(region);
        body["sizeBand"] = "Small";
        body["organisationForm"] = form;
        return Guid.Parse((await new RegistrySamples(client).CreateFirmAsync(body: body)).GetProperty("id").GetString()!);
    }

    private static HttpRequestMessage AsFirm(HttpRequestMessage request, Guid firm) => request.AsCaller(Roles.FirmAdministrator, $"firm:{firm}");

    [Test]
    public async Task Each_firm_answers_once_and_the_bureau_reads_the_progress_and_the_summary()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        var changchunFirm = await SmallFirmAsync(client, "220104");
        var jilinFirm = await SmallFirmAsync(client, "220202", "GeneralPartnership");
        var notTargeted = Guid.Parse((await new RegistrySamples(client).CreateFirmAsync()).GetProperty("id").GetString()!);

        var draft = await (await client.SendAsync(Post("/api/supervision/surveys", Questionnaire("220000"), Province, Bureau))).AssertCreatedJsonAsync();
        var id = draft.GetProperty("id").GetGuid();
        var opened = await (await client.SendAsync(Step($"/api/supervision/surveys/{id}/opening", new { }, ETag(0), Province, Bureau))).AssertOkJsonAsync();
        Assert.That((opened.GetProperty("state").GetString(), opened.GetProperty("targetCount").GetInt32()), Is.EqualTo(("Open", 2)));
        await (await client.SendAsync(Put($"/api/supervision/surveys/{id}", Questionnaire("220000"), ETag(opened.GetProperty("version").GetInt64()), Province, Bureau)))
            .AssertProblemAsync(HttpStatusCode.Conflict);

        var questions = opened.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!).ToList();
        var sent = await (await client.SendAsync(AsFirm(new HttpRequestMessage(HttpMethod.Get, "/api/supervision/firm-surveys"), changchunFirm))).AssertOkJsonAsync();
        Assert.That(sent.EnumerateArray().Select(s => (s.GetProperty("surveyId").GetGuid(), s.GetProperty("state").GetString())), Is.EqualTo(new[] { (id, "Pending") }));
        await (await client.SendAsync(AsFirm(new HttpRequestMessage(HttpMethod.Get, $"/api/supervision/firm-surveys/{id}"), notTargeted))).AssertProblemAsync(HttpStatusCode.NotFound);

        // A draft, then the wrong type for a question (named), a missing required answer on submission, then the submission.
        var saved = await (await Answer(client, changchunFirm, id, "answers", new Dictionary<string, object> { [questions[0]] = "是" }, 0)).AssertOkJsonAsync();
        Assert.That(saved.GetProperty("state").GetString(), Is.EqualTo("Draft"));
        var version = saved.GetProperty("version").GetInt64();
        await (await Answer(client, changchunFirm, id, "answers", new Dictionary<string, object> { [questions[2]] = "很多" }, version)).AssertValidationProblemAsync($"answers.{questions[2]}");
        await (await Answer(client, changchunFirm, id, "answers", new Dictionary<string, object> { [questions[1]] = new[] { "民事", "海事" } }, version)).AssertValidationProblemAsync($"answers.{questions[1]}");
        await (await Answer(client, changchunFirm, id, "submission", new Dictionary<string, object> { [questions[0]] = "是" }, version))
            .AssertValidationProblemAsync($"answers.{questions[1]}", $"answers.{questions[2]}");
        var full = new Dictionary<string, object> { [questions[0]] = "是", [questions[1]] = new[] { "民事", "非诉" }, [questions[2]] = 120.5, [questions[3]] = "案源不足" };
        var submitted = await (await Answer(client, changchunFirm, id, "submission", full, version)).AssertOkJsonAsync();
        Assert.That(submitted.GetProperty("state").GetString(), Is.EqualTo("Submitted"));
        var twice = await (await Answer(client, changchunFirm, id, "submission", full, submitted.GetProperty("version").GetInt64())).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(twice.GetProperty("code").GetString(), Is.EqualTo("already-submitted"));
        await (await Answer(client, jilinFirm, id, "answers", new Dictionary<string, object> { [questions[0]] = "否" }, 0)).AssertOkJsonAsync();

        var progress = await (await client.SendAsync(Get($"/api/supervision/surveys/{id}/progress", Province, Bureau))).AssertOkJsonAsync();
        Assert.That(progress.GetProperty("regions").EnumerateArray().Select(r => (r.GetProperty("regionCode").GetString(), r.GetProperty("target").GetInt32(), r.GetProperty("submitted").GetInt32(), r.GetProperty("drafts").GetInt32())),
            Is.EqualTo(new[] { ("220100", 1, 1, 0), ("220200", 1, 0, 1) }));
        var summary = await (await client.SendAsync(Get($"/api/supervision/surveys/{id}/summary", Province, Bureau))).AssertOkJsonAsync();
        var perQuestion = summary.GetProperty("questions").EnumerateArray().ToList();
        Assert.That(summary.GetProperty("submitted").GetInt32(), Is.EqualTo(1), "drafts are not counted");
        Assert.That(perQuestion[1].GetProperty("optionCounts").GetProperty("非诉").GetInt32(), Is.EqualTo(1));
        Assert.That(perQuestion[2].GetProperty("average").GetDecimal(), Is.EqualTo(120.5m));
        Assert.That(perQuestion[3].GetProperty("texts")[0].GetProperty("text").GetString(), Is.EqualTo("案源不足"));
        var csv = await (await client.SendAsync(Get($"/api/supervision/surveys/{id}/answers/export", Province, Bureau))).Content.ReadAsStringAsync();
        Assert.That(csv, Does.Contain("民事；非诉").And.Contain("120.5").And.Contain("主要业务领域"));

        // Closed: no more answers; a bureau of another city does not see the survey.
        var current = await (await client.SendAsync(Get($"/api/supervision/surveys/{id}", Province, Bureau))).AssertOkJsonAsync();
        await (await client.SendAsync(Step($"/api/supervision/surveys/{id}/closing", new { }, ETag(current.GetProperty("version").GetInt64()), Province, Bureau))).AssertOkJsonAsync();
        var late = await (await Answer(client, jilinFirm, id, "submission", full, 1)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(late.GetProperty("code").GetString(), Is.EqualTo("survey-not-open"));
        await (await client.SendAsync(Get($"/api/supervision/surveys/{id}", JilinCity, Roles.CityOfficer))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<HttpResponseMessage> Answer(HttpClient client, Guid firm, Guid survey, string path, Dictionary<string, object> answers, long version)
    {
        var request = new HttpRequestMessage(path == "answers" ? HttpMethod.Put : HttpMethod.Post, $"/api/supervision/firm-surveys/{survey}/{path}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { answers }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ETag(version));
        return await client.SendAsync(AsFirm(request, firm));
    }

    [Test]
    public async Task A_bad_questionnaire_names_its_fields_and_a_survey_no_firm_matches_cannot_be_sent()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        var bad = new
        {
            title = "",
            targetRegionCode = "2201",
            closesOn = "2020-01-01",
            questions = new object[] { new { kind = "SingleChoice", text = "只有一个选项", options = new[] { "是" } }, new { kind = "Number", text = "区间", min = 10, max = 1 } },
        };
        await (await client.SendAsync(Post("/api/supervision/surveys", bad, Province, Bureau)))
            .AssertValidationProblemAsync("title", "targetRegionCode", "closesOn", "questions[0].options", "questions[1].max");
        await (await client.SendAsync(Post("/api/supervision/surveys", Questionnaire("220100"), JilinCity, Roles.CityOfficer))).AssertProblemAsync(HttpStatusCode.Forbidden);

        var nobody = await (await client.SendAsync(Post("/api/supervision/surveys", Questionnaire("220100"), Province, Bureau))).AssertCreatedJsonAsync();
        var refused = await (await client.SendAsync(Step($"/api/supervision/surveys/{nobody.GetProperty("id").GetString()}/opening", new { }, ETag(0), Province, Bureau)))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.GetProperty("code").GetString(), Is.EqualTo("no-target-firms"));
        var still = await (await client.SendAsync(Get($"/api/supervision/surveys/{nobody.GetProperty("id").GetString()}", Province, Bureau))).AssertOkJsonAsync();
        Assert.That(still.GetProperty("state").GetString(), Is.EqualTo("Draft"));
    }
}
