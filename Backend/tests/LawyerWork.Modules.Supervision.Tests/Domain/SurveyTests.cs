using System.Text.Json;
using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Domain.Surveys;

namespace LawyerWork.Modules.Supervision.Tests.Domain;

public sealed class SurveyTests
{
    private static readonly StepActor Author = new("u-1", "省司法厅 王科长");
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));

    private Survey Draft() => Survey.Draft("中小所调研", "", "220000", "220000", "Small", "Sole", new DateOnly(2026, 12, 31),
        [
            new QuestionDraft(QuestionKind.SingleChoice, "是否建立财务制度", ["是", "否"], true, null, null),
            new QuestionDraft(QuestionKind.MultipleChoice, "业务领域", ["民事", "刑事", "非诉"], true, null, null),
            new QuestionDraft(QuestionKind.Number, "年收入（万元）", [], false, 0, 1000),
            new QuestionDraft(QuestionKind.Text, "困难", [], false, null, null),
        ], Author, clock);

    private static Dictionary<Guid, JsonElement> Answers(Survey survey, params object?[] values) =>
        survey.Questions.Zip(values).Where(p => p.Second is not null)
            .ToDictionary(p => p.First.Id, p => JsonSerializer.SerializeToElement(p.Second));

    [Test]
    public void A_draft_is_revised_whole_then_opened_to_its_targets_and_closed()
    {
        var survey = Draft();
        Assert.That(survey.Questions.Select(q => q.Position), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        survey.Revise("中小所调研（修订）", "说明", "220100", "", "", new DateOnly(2026, 12, 31), [new QuestionDraft(QuestionKind.Text, "意见", [], true, null, null)], clock);
        Assert.That((survey.Title, survey.Questions.Count, survey.TargetRegionCode), Is.EqualTo(("中小所调研（修订）", 1, "220100")));

        survey.Open(12, clock);
        Assert.That((survey.State, survey.TargetCount, survey.OpenedAt), Is.EqualTo((SurveyState.Open, 12, (DateTimeOffset?)clock.GetUtcNow())));
        Assert.That(Assert.Throws<ConflictException>(() => survey.Revise("x", "", "220100", "", "", new DateOnly(2026, 12, 31), [], clock))!.Code, Is.EqualTo("step-not-allowed"));
        Assert.That(Assert.Throws<ConflictException>(() => survey.Open(3, clock))!.Code, Is.EqualTo("step-not-allowed"));
        survey.Close(clock);
        Assert.That(survey.State, Is.EqualTo(SurveyState.Closed));
        Assert.That(Assert.Throws<ConflictException>(() => survey.Close(clock))!.Code, Is.EqualTo("step-not-allowed"));
    }

    [Test]
    public void A_survey_no_firm_matches_is_not_sent()
    {
        var survey = Draft();
        Assert.That(Assert.Throws<ConflictException>(() => survey.Open(0, clock))!.Code, Is.EqualTo("no-target-firms"));
        Assert.That(survey.State, Is.EqualTo(SurveyState.Draft));
    }

    [Test]
    public void Right_answers_of_every_kind_are_kept_in_question_order()
    {
        var survey = Draft();
        var json = SurveyAnswers.Checked(survey.Questions, Answers(survey, "是", new[] { "民事", "非诉" }, 12.5m, "案源不足"), submitting: true);
        var read = SurveyAnswers.Read(json);
        Assert.That(read.Keys, Is.EquivalentTo(survey.Questions.Select(q => q.Id)));
        Assert.That(read[survey.Questions[2].Id].GetDecimal(), Is.EqualTo(12.5m));
    }

    [TestCase(0, "也许")]
    [TestCase(0, 1)]
    [TestCase(1, "民事")]
    [TestCase(2, "很多")]
    [TestCase(2, 1000.01)]
    [TestCase(2, -1)]
    [TestCase(3, 42)]
    public void A_wrong_answer_is_named_by_its_question(int question, object value)
    {
        var survey = Draft();
        var answers = Answers(survey, "是", new[] { "民事" }, 1, "x");
        answers[survey.Questions[question].Id] = JsonSerializer.SerializeToElement(value);
        var failure = Assert.Throws<ValidationException>(() => SurveyAnswers.Checked(survey.Questions, answers, submitting: false))!;
        Assert.That(failure.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { $"answers.{survey.Questions[question].Id}" }));
    }

    [Test]
    public void Duplicate_or_unknown_choices_and_unknown_questions_are_refused()
    {
        var survey = Draft();
        var answers = Answers(survey, "是", new[] { "民事", "民事" });
        answers[Guid.NewGuid()] = JsonSerializer.SerializeToElement("x");
        var failure = Assert.Throws<ValidationException>(() => SurveyAnswers.Checked(survey.Questions, answers, submitting: false))!;
        Assert.That(failure.Errors.Count(), Is.EqualTo(2));
    }

    [Test]
    public void A_draft_may_leave_required_questions_open_a_submission_may_not()
    {
        var survey = Draft();
        var partial = Answers(survey, "是");
        Assert.DoesNotThrow(() => SurveyAnswers.Checked(survey.Questions, partial, submitting: false));
        var failure = Assert.Throws<ValidationException>(() => SurveyAnswers.Checked(survey.Questions, partial, submitting: true))!;
        Assert.That(failure.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { $"answers.{survey.Questions[1].Id}" }), "only the required ones");
    }

    [Test]
    public void A_firm_submits_once_and_only_while_the_survey_is_open()
    {
        var response = SurveyResponse.For(Guid.NewGuid(), Guid.NewGuid(), "吉林某所", "220104", clock);
        Assert.That(response.State, Is.EqualTo(ResponseState.Pending));
        Assert.That(Assert.Throws<ConflictException>(() => response.SaveDraft("{}", Author, SurveyState.Draft, clock))!.Code, Is.EqualTo("survey-not-open"));
        response.SaveDraft("{}", Author, SurveyState.Open, clock);
        response.SaveDraft("{\"a\":1}", Author, SurveyState.Open, clock);
        Assert.That(response.State, Is.EqualTo(ResponseState.Draft));
        response.Submit("{\"a\":2}", Author, SurveyState.Open, clock);
        Assert.That((response.State, response.Answers, response.SubmittedAt), Is.EqualTo((ResponseState.Submitted, "{\"a\":2}", (DateTimeOffset?)clock.GetUtcNow())));
        Assert.That(Assert.Throws<ConflictException>(() => response.Submit("{}", Author, SurveyState.Open, clock))!.Code, Is.EqualTo("already-submitted"));
        Assert.That(Assert.Throws<ConflictException>(() => response.SaveDraft("{}", Author, SurveyState.Open, clock))!.Code, Is.EqualTo("already-submitted"));
        Assert.That(response.Answers, Is.EqualTo("{\"a\":2}"));
    }
}
