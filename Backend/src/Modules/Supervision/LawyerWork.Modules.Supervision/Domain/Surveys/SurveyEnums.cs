namespace LawyerWork.Modules.Supervision.Domain.Surveys;

public enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    Number,
    Text,
}

public enum SurveyState
{
    Draft,   // questions and target firms still being written
    Open,    // sent to the target firms; they answer
    Closed,  // no more answers; the summary is final
}

public enum ResponseState
{
    Pending,    // not started
    Draft,      // saved, not submitted
    Submitted,  // answered once, for good
}
