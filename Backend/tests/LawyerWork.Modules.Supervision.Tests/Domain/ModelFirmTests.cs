using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Domain.ModelFirms;

namespace LawyerWork.Modules.Supervision.Tests.Domain;

public sealed class ModelFirmTests
{
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    private ModelFirm Nominated() =>
        ModelFirm.Nominate(Guid.NewGuid(), "吉林正道律师事务所", "220104", LawyerWork.Modules.Registry.Contracts.FirmSizeBand.Medium, 2026, "制度完善", new StepActor("u", "长春市司法局"), clock);

    private static readonly CriterionScore[] Scores = [new("党建工作", 18, 20), new("内部管理制度", 19.5m, 20)];

    [Test]
    public void Nominated_reviewed_designated_for_a_period_and_revoked()
    {
        var firm = Nominated();
        firm.Review(Scores, "优秀");
        Assert.That((firm.State, firm.TotalScore), Is.EqualTo((ModelFirmState.Reviewed, (decimal?)37.5m)));
        firm.Designate(new DateOnly(2026, 4, 1), new DateOnly(2029, 4, 1), "吉司发〔2026〕3号");
        Assert.That(firm.IsDesignatedOn(new DateOnly(2026, 3, 31)), Is.False, "not before it starts");
        Assert.That(firm.IsDesignatedOn(new DateOnly(2026, 4, 1)), Is.True);
        Assert.That(firm.IsDesignatedOn(new DateOnly(2029, 4, 1)), Is.False, "the end date is exclusive");
        firm.Revoke("严重违规");
        Assert.That((firm.State, firm.IsDesignatedOn(new DateOnly(2027, 1, 1))), Is.EqualTo((ModelFirmState.Revoked, false)));
    }

    [Test]
    public void A_reviewed_firm_may_be_declined_and_then_not_designated()
    {
        var firm = Nominated();
        firm.Review(Scores, null);
        firm.Decline("得分不足");
        Assert.That(firm.State, Is.EqualTo(ModelFirmState.NotDesignated));
        Assert.That(Assert.Throws<ConflictException>(() => firm.Designate(new DateOnly(2026, 4, 1), new DateOnly(2027, 4, 1), "x"))!.Code, Is.EqualTo("step-not-allowed"));
    }

    [Test]
    public void Steps_out_of_order_are_refused_and_a_score_above_its_maximum_is_named()
    {
        var firm = Nominated();
        Assert.That(Assert.Throws<ConflictException>(() => firm.Designate(new DateOnly(2026, 4, 1), new DateOnly(2027, 4, 1), "x"))!.Code, Is.EqualTo("step-not-allowed"));
        Assert.That(Assert.Throws<ConflictException>(() => firm.Revoke("x"))!.Code, Is.EqualTo("step-not-allowed"));
        var failure = Assert.Throws<ValidationException>(() => firm.Review([new CriterionScore("党建工作", 21, 20)], null))!;
        Assert.That(failure.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "scores" }));
        Assert.That(firm.State, Is.EqualTo(ModelFirmState.Nominated));
        firm.Review(Scores, null);
        Assert.That(Assert.Throws<ConflictException>(() => firm.Review(Scores, null))!.Code, Is.EqualTo("step-not-allowed"));
    }
}
