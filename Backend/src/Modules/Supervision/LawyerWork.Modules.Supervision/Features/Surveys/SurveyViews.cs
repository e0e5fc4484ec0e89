using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Domain.Surveys;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Surveys;

public sealed record QuestionView(Guid Id, int Position, QuestionKind Kind, string Text, IReadOnlyList<string> Options, bool Required, decimal? Min, decimal? Max);

public sealed record SurveySummary(
    Guid Id, string Title, SurveyState State, string TargetRegionCode, DateOnly ClosesOn, int TargetCount, int Submitted, DateTimeOffset CreatedAt, long Version);

public sealed record SurveyDetails(
    Guid Id, string Title, string Description, SurveyState State, string OwnerRegionCode, string TargetRegionCode, IReadOnlyList<FirmSizeBand> TargetSizeBands,
    IReadOnlyList<OrganisationForm> TargetForms, DateOnly ClosesOn, int TargetCount, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt, IReadOnlyList<QuestionView> Questions, long Version);

internal static class SurveyViews
{
    public static SurveyDetails Details(Survey s) => new(
        s.Id, s.Title, s.Description, s.State, s.OwnerRegionCode, s.TargetRegionCode, [.. Names(s.TargetSizeBands).Select(Enum.Parse<FirmSizeBand>)], [.. Names(s.TargetForms).Select(Enum.Parse<OrganisationForm>)], s.ClosesOn,
        s.TargetCount, s.CreatedBy, s.CreatedAt, s.OpenedAt, s.ClosedAt,
        s.Questions.OrderBy(q => q.Position).Select(q => new QuestionView(q.Id, q.Position, q.Kind, q.Text, q.Options, q.Required, q.Min, q.Max)).ToList(),
        s.Version);

    public static IReadOnlyList<string> Names(string commaSeparated) =>
        commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A survey its author's region (or a region above it) manages; 404 for others.</summary>
    public static async Task<Survey> ManagedSurveyAsync(this SupervisionDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return survey is not null && scope.Covers(survey.OwnerRegionCode) ? survey : throw NotFound();
    }

    public static LawyerWork.BuildingBlocks.Errors.NotFoundException NotFound() => new("未找到该问卷。", "No such survey.");
}
