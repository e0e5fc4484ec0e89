using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.Modules.Supervision.Domain.Assessments;

namespace LawyerWork.Modules.Supervision.Tests.Domain;

public sealed class AssessmentTests
{
    private static readonly Guid Clean = Guid.NewGuid();
    private static readonly Guid Warned = Guid.NewGuid();
    private readonly FixedClock clock = new(new DateTimeOffset(2027, 1, 10, 2, 0, 0, TimeSpan.Zero));

    private FirmAssessment Reviewed()
    {
        var assessment = FirmAssessment.Open(2026, Guid.NewGuid(), "吉林正道律师事务所", "220104", [(Clean, "李明", false), (Warned, "张三", true)], clock);
        assessment.Report("自查报告", [new LawyerReport(Clean, "民事代理", 40, 30, 24)], submit: true, clock);
        assessment.Review("同意", [new LawyerVerdict(Clean, AssessmentResult.Qualified, null, null), new LawyerVerdict(Warned, AssessmentResult.BasicallyQualified, "受警告", null)]);
        return assessment;
    }

    [Test]
    public void A_sanctioned_lawyer_is_not_qualified_without_a_recorded_reason()
    {
        var assessment = Reviewed();
        var blocked = Assert.Throws<ValidationException>(() => assessment.Decide(AssessmentResult.Qualified, null,
            [new LawyerVerdict(Clean, AssessmentResult.Qualified, null, null), new LawyerVerdict(Warned, AssessmentResult.Qualified, null, null)], "局", clock))!;
        Assert.That(blocked.Errors.Single().ErrorMessage, Does.Contain("张三"));
        Assert.That(assessment.State, Is.EqualTo(AssessmentState.Reviewed), "a refused result changes nothing");

        var unqualified = assessment.Decide(AssessmentResult.Qualified, null,
            [new LawyerVerdict(Clean, AssessmentResult.Unqualified, "全年未执业", null), new LawyerVerdict(Warned, AssessmentResult.Qualified, null, "已整改")], "局", clock);
        Assert.That(unqualified.Select(l => l.LawyerId), Is.EqualTo(new[] { Clean }));
        Assert.That(assessment.Lawyers.Single(l => l.LawyerId == Warned).OverrideReason, Is.EqualTo("已整改"));
        Assert.That(assessment.Lawyers.Single(l => l.LawyerId == Clean).OverrideReason, Is.Null, "an override is kept only where it was needed");
    }

    [Test]
    public void A_result_below_qualified_needs_its_reasons_and_every_lawyer_needs_a_verdict()
    {
        var assessment = Reviewed();
        Assert.Throws<ValidationException>(() => assessment.Decide(AssessmentResult.Qualified, null,
            [new LawyerVerdict(Clean, AssessmentResult.Unqualified, null, null), new LawyerVerdict(Warned, AssessmentResult.BasicallyQualified, "x", null)], "局", clock));
        Assert.Throws<ValidationException>(() => assessment.Decide(AssessmentResult.Qualified, null, [new LawyerVerdict(Clean, AssessmentResult.Qualified, null, null)], "局", clock));
        Assert.Throws<ValidationException>(() => assessment.Decide(AssessmentResult.Qualified, null,
            [new LawyerVerdict(Clean, AssessmentResult.Qualified, null, null), new LawyerVerdict(Clean, AssessmentResult.Qualified, null, null)], "局", clock));
    }

    [Test]
    public void Steps_go_in_order_and_a_self_report_is_needed_to_submit()
    {
        var assessment = FirmAssessment.Open(2026, Guid.NewGuid(), "所", "220104", [(Clean, "李明", false)], clock);
        Assert.That(Assert.Throws<ConflictException>(() => assessment.Review(null, [new LawyerVerdict(Clean, AssessmentResult.Qualified, null, null)]))!.Code, Is.EqualTo("step-not-allowed"));
        Assert.Throws<ValidationException>(() => assessment.Report(" ", [], submit: true, clock));
        assessment.Report("草稿", [], submit: false, clock);
        Assert.That(assessment.State, Is.EqualTo(AssessmentState.SelfReporting));
        assessment.Report("自查", [], submit: true, clock);
        Assert.That((assessment.State, assessment.SubmittedAt), Is.EqualTo((AssessmentState.Submitted, (DateTimeOffset?)clock.GetUtcNow())));
        Assert.That(Assert.Throws<ConflictException>(() => assessment.Report("再交", [], submit: true, clock))!.Code, Is.EqualTo("step-not-allowed"));
        Assert.Throws<ValidationException>(() => assessment.Review(null, [new LawyerVerdict(Guid.NewGuid(), AssessmentResult.Qualified, null, null)]));
    }
}
