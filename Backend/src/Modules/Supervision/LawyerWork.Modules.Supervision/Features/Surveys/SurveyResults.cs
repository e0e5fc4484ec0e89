using System.Globalization;
using System.Text.Json;
using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Domain.Surveys;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Surveys;

/// <summary>How far a survey got, per prefecture (or per county under a prefecture).</summary>
public sealed record SurveyProgress(Guid SurveyId, int Target, int Submitted, int Drafts, IReadOnlyList<RegionProgress> Regions);

public sealed record RegionProgress(string RegionCode, int Target, int Submitted, int Drafts);

/// <summary>The submitted answers summed up: counts per option, the numbers' count, mean, minimum and maximum, the texts.</summary>
public sealed record SurveySummaryReport(Guid SurveyId, int Submitted, IReadOnlyList<QuestionSummary> Questions);

public sealed record QuestionSummary(
    Guid QuestionId, int Position, QuestionKind Kind, string Text, int Answered, IReadOnlyDictionary<string, int>? OptionCounts,
    decimal? Average, decimal? Minimum, decimal? Maximum, IReadOnlyList<TextAnswer>? Texts);

public sealed record TextAnswer(string FirmName, string Text);

public sealed record SurveyProgressQuery(Guid SurveyId) : IQuery<SurveyProgress>;

public sealed record SurveySummaryQuery(Guid SurveyId) : IQuery<SurveySummaryReport>;

public sealed record SurveyAnswersExportQuery(Guid SurveyId) : IQuery<(SurveyDetails Survey, IReadOnlyList<SurveyResponse> Responses)>;

public sealed class SurveyProgressHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<SurveyProgressQuery, SurveyProgress>
{
    public async ValueTask<SurveyProgress> Handle(SurveyProgressQuery query, CancellationToken cancellationToken)
    {
        var survey = await db.ManagedSurveyAsync(query.SurveyId, user.Scope, cancellationToken);
        var rows = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id)
            .GroupBy(r => new { r.RegionCode, r.State }).Select(g => new { g.Key.RegionCode, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken);
        var byProvince = survey.TargetRegionCode.EndsWith("0000", StringComparison.Ordinal);
        var regions = rows.GroupBy(r => byProvince ? RegionCodes.PrefectureOf(r.RegionCode) : r.RegionCode)
            .Select(g => new RegionProgress(g.Key, g.Sum(r => r.Count), g.Where(r => r.State == ResponseState.Submitted).Sum(r => r.Count), g.Where(r => r.State == ResponseState.Draft).Sum(r => r.Count)))
            .OrderBy(r => r.RegionCode, StringComparer.Ordinal).ToList();
        return new SurveyProgress(survey.Id, regions.Sum(r => r.Target), regions.Sum(r => r.Submitted), regions.Sum(r => r.Drafts), regions);
    }
}

public sealed class SurveySummaryHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<SurveySummaryQuery, SurveySummaryReport>
{
    public async ValueTask<SurveySummaryReport> Handle(SurveySummaryQuery query, CancellationToken cancellationToken)
    {
        var survey = await db.ManagedSurveyAsync(query.SurveyId, user.Scope, cancellationToken);
        var submitted = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id && r.State == ResponseState.Submitted)
            .OrderBy(r => r.RegionCode).ThenBy(r => r.FirmName).Select(r => new { r.FirmName, r.Answers }).ToListAsync(cancellationToken);
        var answers = submitted.Select(r => (r.FirmName, Answers: SurveyAnswers.Read(r.Answers))).ToList();
        var questions = survey.Questions.OrderBy(q => q.Position).Select(q =>
        {
            var given = answers.Where(a => a.Answers.ContainsKey(q.Id)).Select(a => (a.FirmName, Value: a.Answers[q.Id])).ToList();
            return q.Kind switch
            {
                QuestionKind.SingleChoice or QuestionKind.MultipleChoice => new QuestionSummary(q.Id, q.Position, q.Kind, q.Text, given.Count,
                    q.Options.ToDictionary(o => o, o => given.Count(g => Chosen(g.Value).Contains(o))), null, null, null, null),
                QuestionKind.Number => Numbers(q, given.Select(g => g.Value.GetDecimal()).ToList()),
                _ => new QuestionSummary(q.Id, q.Position, q.Kind, q.Text, given.Count, null, null, null, null,
                    given.Select(g => new TextAnswer(g.FirmName, g.Value.GetString()!)).ToList()),
            };
        }).ToList();
        return new SurveySummaryReport(survey.Id, submitted.Count, questions);
    }

    private static IEnumerable<string> Chosen(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()!) : [value.GetString()!];

    private static QuestionSummary Numbers(SurveyQuestion q, IReadOnlyList<decimal> values) => new(
        q.Id, q.Position, q.Kind, q.Text, values.Count, null,
        values.Count == 0 ? null : Math.Round(values.Average(), 2), values.Count == 0 ? null : values.Min(), values.Count == 0 ? null : values.Max(), null);
}

public sealed class SurveyAnswersExportHandler(SupervisionDbContext db, ICurrentUser user)
    : IQueryHandler<SurveyAnswersExportQuery, (SurveyDetails Survey, IReadOnlyList<SurveyResponse> Responses)>
{
    public async ValueTask<(SurveyDetails Survey, IReadOnlyList<SurveyResponse> Responses)> Handle(SurveyAnswersExportQuery query, CancellationToken cancellationToken)
    {
        var survey = await db.ManagedSurveyAsync(query.SurveyId, user.Scope, cancellationToken);
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id)
            .OrderBy(r => r.RegionCode).ThenBy(r => r.FirmName).ToListAsync(cancellationToken);
        return (SurveyViews.Details(survey), responses);
    }
}

/// <summary>One row per target firm: its state, then one column per question (choices joined by "；").</summary>
internal static class SurveyAnswerColumns
{
    public static IReadOnlyList<CsvColumn<SurveyResponse>> Columns(SurveyDetails survey) =>
    [
        new(Bilingual.Text("律师事务所", "Firm"), r => r.FirmName),
        new(Bilingual.Text("区划代码", "Region code"), r => r.RegionCode),
        new(Bilingual.Text("状态", "State"), r => r.State.ToString()),
        new(Bilingual.Text("提交时间（UTC）", "Submitted (UTC)"), r => r.SubmittedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        .. survey.Questions.Select(q => new CsvColumn<SurveyResponse>($"{q.Position}. {q.Text}", r => Cell(r, q.Id))),
    ];

    private static string? Cell(SurveyResponse response, Guid question) =>
        response.State != ResponseState.Submitted || !SurveyAnswers.Read(response.Answers).TryGetValue(question, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.Array => string.Join("；", value.EnumerateArray().Select(v => v.GetString())),
            JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
            _ => value.GetString(),
        };
}
