namespace LawyerWork.Modules.Supervision.Domain.Surveys;

/// <summary>One question of a survey. Choices are kept as the options' texts in order; a number may have bounds.</summary>
public sealed class SurveyQuestion
{
    private SurveyQuestion()
    {
    }

    internal SurveyQuestion(Guid id, int position, QuestionKind kind, string text, IReadOnlyList<string> options, bool required, decimal? min, decimal? max)
    {
        Id = id;
        Position = position;
        Kind = kind;
        Text = text;
        Options = [.. options];
        Required = required;
        Min = min;
        Max = max;
    }

    public Guid Id { get; private set; }

    public Guid SurveyId { get; private set; }

    public int Position { get; private set; }

    public QuestionKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    public List<string> Options { get; private set; } = [];

    public bool Required { get; private set; }

    public decimal? Min { get; private set; }

    public decimal? Max { get; private set; }
}
