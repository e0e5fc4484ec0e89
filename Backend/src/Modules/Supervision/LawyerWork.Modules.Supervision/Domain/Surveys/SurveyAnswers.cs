using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.Modules.Supervision.Domain.Surveys;

/// <summary>
/// Answers checked against their questions: a choice among the question's options, several distinct
/// ones for a multiple choice, a number within its bounds, a text of at most 2,000 characters. Each
/// wrong answer is named <c>answers.{questionId}</c>; a submission must also answer every required question.
/// </summary>
public static class SurveyAnswers
{
    public const int MaxText = 2000;

    public static string Checked(IReadOnlyList<SurveyQuestion> questions, IReadOnlyDictionary<Guid, JsonElement> answers, bool submitting)
    {
        var failures = new List<ValidationFailure>();
        foreach (var id in answers.Keys.Where(id => questions.All(q => q.Id != id)))
        {
            failures.Add(new ValidationFailure($"answers.{id}", Bilingual.Text("问卷中没有该问题。", "The survey has no such question.")));
        }

        var kept = new SortedDictionary<Guid, JsonElement>();
        foreach (var question in questions)
        {
            if (!answers.TryGetValue(question.Id, out var answer) || answer.ValueKind == JsonValueKind.Null)
            {
                if (submitting && question.Required)
                {
                    failures.Add(new ValidationFailure($"answers.{question.Id}", Bilingual.Text($"第 {question.Position} 题必须回答。", $"Question {question.Position} must be answered.")));
                }

                continue;
            }

            if (Problem(question, answer) is { } problem)
            {
                failures.Add(new ValidationFailure($"answers.{question.Id}", problem));
            }
            else
            {
                kept[question.Id] = answer.Clone();
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return JsonSerializer.Serialize(kept.ToDictionary(a => a.Key.ToString(), a => a.Value));
    }

    public static IReadOnlyDictionary<Guid, JsonElement> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<Guid, JsonElement>>(json) ?? [];

    private static string? Problem(SurveyQuestion question, JsonElement answer) => question.Kind switch
    {
        QuestionKind.SingleChoice when answer.ValueKind != JsonValueKind.String || !question.Options.Contains(answer.GetString()!) =>
            Bilingual.Text($"第 {question.Position} 题须从选项中选择一项。", $"Question {question.Position} takes one of its options."),
        QuestionKind.MultipleChoice when answer.ValueKind != JsonValueKind.Array
            || answer.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String || !question.Options.Contains(a.GetString()!))
            || answer.EnumerateArray().Select(a => a.GetString()).Distinct().Count() != answer.GetArrayLength()
            || (question.Required && answer.GetArrayLength() == 0) =>
            Bilingual.Text($"第 {question.Position} 题须从选项中选择（可多选，不重复）。", $"Question {question.Position} takes distinct options from its list."),
        QuestionKind.Number when answer.ValueKind != JsonValueKind.Number || !answer.TryGetDecimal(out var number)
            || (question.Min is { } min && number < min) || (question.Max is { } max && number > max) =>
            Bilingual.Text($"第 {question.Position} 题须填写{Range(question)}的数字。", $"Question {question.Position} takes a number{Range(question)}."),
        QuestionKind.Text when answer.ValueKind != JsonValueKind.String || answer.GetString()!.Length > MaxText || (question.Required && answer.GetString()!.Trim().Length == 0) =>
            Bilingual.Text($"第 {question.Position} 题须填写不超过 {MaxText} 字的文字。", $"Question {question.Position} takes a text of at most {MaxText} characters."),
        _ => null,
    };

    private static string Range(SurveyQuestion question) => (question.Min, question.Max) switch
    {
        ({ } min, { } max) => $" {min}–{max} ",
        ({ } min, null) => $" ≥ {min} ",
        (null, { } max) => $" ≤ {max} ",
        _ => "",
    };
}
