using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Persistence;

namespace LawyerWork.Modules.Supervision.Domain.Surveys;

/// <summary>A target firm's answers to a survey: saved as a draft any number of times, submitted once.</summary>
public sealed class SurveyResponse : IVersioned
{
    private SurveyResponse()
    {
    }

    public Guid Id { get; private set; }

    public Guid SurveyId { get; private set; }

    public Guid FirmId { get; private set; }

    public string FirmName { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public ResponseState State { get; private set; }

    /// <summary>The answers as a JSON object from question id to value (SurveyAnswers checks their shapes).</summary>
    public string Answers { get; private set; } = "{}";

    public string? AnsweredBy { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public long Version { get; private set; }

    public static SurveyResponse For(Guid surveyId, Guid firmId, string firmName, string regionCode, TimeProvider clock) => new()
    {
        Id = NewId.Create(clock),
        SurveyId = surveyId,
        FirmId = firmId,
        FirmName = firmName,
        RegionCode = regionCode,
        State = ResponseState.Pending,
    };

    public void SaveDraft(string answers, StepActor by, SurveyState survey, TimeProvider clock)
    {
        EnsureOpen(survey);
        Answers = answers;
        State = ResponseState.Draft;
        AnsweredBy = by.Name;
        UpdatedAt = clock.GetUtcNow();
    }

    public void Submit(string answers, StepActor by, SurveyState survey, TimeProvider clock)
    {
        EnsureOpen(survey);
        Answers = answers;
        State = ResponseState.Submitted;
        AnsweredBy = by.Name;
        UpdatedAt = SubmittedAt = clock.GetUtcNow();
    }

    private void EnsureOpen(SurveyState survey)
    {
        if (State == ResponseState.Submitted)
        {
            throw new ConflictException("already-submitted", "本所已提交该问卷，不能再次作答。", "The firm has already submitted this survey.");
        }

        if (survey != SurveyState.Open)
        {
            throw new ConflictException("survey-not-open", "问卷未在调研期内，不能作答。", "The survey is not open for answers.");
        }
    }
}
