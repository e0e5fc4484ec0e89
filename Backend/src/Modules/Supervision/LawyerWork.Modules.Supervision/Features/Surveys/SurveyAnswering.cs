using System.Text.Json;
using System.Text.Json.Serialization;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Supervision.Domain.Surveys;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Surveys;

/// <summary>A survey as the firm sees it: its questions, and the firm's answers so far.</summary>
public sealed record FirmSurvey(
    Guid SurveyId, string Title, string Description, DateOnly ClosesOn, SurveyState SurveyState, ResponseState State,
    IReadOnlyList<QuestionView> Questions, IReadOnlyDictionary<Guid, JsonElement> Answers, DateTimeOffset? SubmittedAt, long Version);

/// <summary>The surveys sent to the caller's firm, open ones first.</summary>
public sealed record FirmSurveysQuery : IQuery<IReadOnlyList<FirmSurvey>>;

public sealed record FirmSurveyQuery(Guid SurveyId) : IQuery<FirmSurvey>;

/// <summary>Saves the firm's answers as a draft, or submits them (once; a second submission is 409).</summary>
public sealed record AnswerSurveyCommand(IReadOnlyDictionary<Guid, JsonElement>? Answers) : ICommand<FirmSurvey>
{
    [JsonIgnore]
    public Guid SurveyId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }

    [JsonIgnore]
    public bool Submitting { get; init; }
}

internal static class FirmSurveys
{
    /// <summary>The caller's firm; a firm administrator's scope names it.</summary>
    public static Guid FirmOf(ICurrentUser user) =>
        user.Scope.FirmId ?? throw new LawyerWork.BuildingBlocks.Errors.NotFoundException("只有律师事务所管理员可以作答问卷。", "Only a firm's administrator answers surveys.");

    public static async Task<(Survey Survey, SurveyResponse Response)> OwnAsync(SupervisionDbContext db, Guid surveyId, Guid firmId, CancellationToken cancellationToken)
    {
        var response = await db.SurveyResponses.FirstOrDefaultAsync(r => r.SurveyId == surveyId && r.FirmId == firmId, cancellationToken)
            ?? throw SurveyViews.NotFound();
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Questions).SingleAsync(s => s.Id == surveyId, cancellationToken);
        return (survey, response);
    }

    public static FirmSurvey View(Survey s, SurveyResponse r) => new(
        s.Id, s.Title, s.Description, s.ClosesOn, s.State, r.State, SurveyViews.Details(s).Questions, SurveyAnswers.Read(r.Answers), r.SubmittedAt, r.Version);
}

public sealed class FirmSurveysHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<FirmSurveysQuery, IReadOnlyList<FirmSurvey>>
{
    public async ValueTask<IReadOnlyList<FirmSurvey>> Handle(FirmSurveysQuery query, CancellationToken cancellationToken)
    {
        var firmId = FirmSurveys.FirmOf(user);
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.FirmId == firmId).ToListAsync(cancellationToken);
        var ids = responses.Select(r => r.SurveyId).ToList();
        var surveys = await db.Surveys.AsNoTracking().Include(s => s.Questions).Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        return surveys
            .OrderBy(s => s.State == SurveyState.Open ? 0 : 1).ThenBy(s => s.ClosesOn)
            .Select(s => FirmSurveys.View(s, responses.Single(r => r.SurveyId == s.Id))).ToList();
    }
}

public sealed class FirmSurveyHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<FirmSurveyQuery, FirmSurvey>
{
    public async ValueTask<FirmSurvey> Handle(FirmSurveyQuery query, CancellationToken cancellationToken)
    {
        var (survey, response) = await FirmSurveys.OwnAsync(db, query.SurveyId, FirmSurveys.FirmOf(user), cancellationToken);
        return FirmSurveys.View(survey, response);
    }
}

public sealed class AnswerSurveyHandler(SupervisionDbContext db, ICurrentUser user, AuditActor actor, TimeProvider clock) : ICommandHandler<AnswerSurveyCommand, FirmSurvey>
{
    public async ValueTask<FirmSurvey> Handle(AnswerSurveyCommand command, CancellationToken cancellationToken)
    {
        var (survey, response) = await FirmSurveys.OwnAsync(db, command.SurveyId, FirmSurveys.FirmOf(user), cancellationToken);
        response.EnsureVersion(command.ExpectedVersion);
        var answers = SurveyAnswers.Checked(survey.Questions, command.Answers ?? new Dictionary<Guid, JsonElement>(), command.Submitting);
        if (command.Submitting)
        {
            response.Submit(answers, Actors.Of(actor), survey.State, clock);
        }
        else
        {
            response.SaveDraft(answers, Actors.Of(actor), survey.State, clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        return FirmSurveys.View(survey, response);
    }
}
