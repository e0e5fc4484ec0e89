using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Persistence;

namespace LawyerWork.Modules.Supervision.Domain.Surveys;

/// <summary>A question as written by the survey's author, before it has an id.</summary>
public sealed record QuestionDraft(QuestionKind Kind, string Text, IReadOnlyList<string> Options, bool Required, decimal? Min, decimal? Max);

/// <summary>
/// 专题调研: a questionnaire sent to the firms chosen by filters (region, size band, organisation
/// form), each of which answers once. Written as a draft, opened (the target firms are fixed then),
/// closed when the period ends.
/// </summary>
public sealed class Survey : IVersioned
{
    private readonly List<SurveyQuestion> questions = [];

    private Survey()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The author's region: who may manage it, and the widest the target can be.</summary>
    public string OwnerRegionCode { get; private set; } = "";

    public string TargetRegionCode { get; private set; } = "";

    /// <summary>Size bands of the target firms, comma-separated names; empty for all.</summary>
    public string TargetSizeBands { get; private set; } = "";

    /// <summary>Organisation forms of the target firms, comma-separated names; empty for all.</summary>
    public string TargetForms { get; private set; } = "";

    public DateOnly ClosesOn { get; private set; }

    public SurveyState State { get; private set; }

    public int TargetCount { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<SurveyQuestion> Questions => questions;

    public static Survey Draft(string title, string description, string ownerRegion, string targetRegion, string sizeBands, string forms, DateOnly closesOn,
        IReadOnlyList<QuestionDraft> drafts, StepActor author, TimeProvider clock)
    {
        var survey = new Survey
        {
            Id = NewId.Create(clock),
            OwnerRegionCode = ownerRegion,
            State = SurveyState.Draft,
            CreatedBy = author.Name,
            CreatedAt = clock.GetUtcNow(),
        };
        survey.Revise(title, description, targetRegion, sizeBands, forms, closesOn, drafts, clock);
        return survey;
    }

    /// <summary>While a draft, everything may change; the questions are replaced as a whole.</summary>
    public void Revise(string title, string description, string targetRegion, string sizeBands, string forms, DateOnly closesOn, IReadOnlyList<QuestionDraft> drafts, TimeProvider clock)
    {
        if (State != SurveyState.Draft)
        {
            throw StepNotAllowed.In(State, "修改问卷");
        }

        Title = title;
        Description = description;
        TargetRegionCode = targetRegion;
        TargetSizeBands = sizeBands;
        TargetForms = forms;
        ClosesOn = closesOn;
        questions.Clear();
        questions.AddRange(drafts.Select((d, i) => new SurveyQuestion(NewId.Create(clock), i + 1, d.Kind, d.Text, d.Options, d.Required, d.Min, d.Max)));
    }

    /// <summary>Sent to the target firms, fixed now (a firm registered later is not asked).</summary>
    public void Open(int targetCount, TimeProvider clock)
    {
        if (State != SurveyState.Draft)
        {
            throw StepNotAllowed.In(State, "发放问卷");
        }

        if (targetCount == 0)
        {
            throw new ConflictException("no-target-firms", "没有符合条件的律师事务所，问卷无法发放。", "No firm matches the target; the survey cannot be sent.");
        }

        State = SurveyState.Open;
        TargetCount = targetCount;
        OpenedAt = clock.GetUtcNow();
    }

    public void Close(TimeProvider clock)
    {
        if (State != SurveyState.Open)
        {
            throw StepNotAllowed.In(State, "结束调研");
        }

        State = SurveyState.Closed;
        ClosedAt = clock.GetUtcNow();
    }
}
