using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Domain.Complaints;

namespace LawyerWork.Modules.Supervision.Tests.Domain;

/// <summary>What the Lawyers Law allows for each administrative penalty.</summary>
public sealed class PenaltyRulesTests
{
    [TestCase(PenaltyKind.PracticeSuspension, SubjectKind.Lawyer)]
    [TestCase(PenaltyKind.CertificateRevocation, SubjectKind.Lawyer)]
    [TestCase(PenaltyKind.FirmRectification, SubjectKind.Firm)]
    [TestCase(PenaltyKind.LicenceRevocation, SubjectKind.Firm)]
    public void Penalties_on_practice_apply_to_one_kind_of_subject(PenaltyKind penalty, SubjectKind subject)
    {
        Assert.That(PenaltyRules.SubjectOf(penalty), Is.EqualTo(subject));
        Assert.That(PenaltyRules.ChangesRegister(penalty), Is.True);
    }

    [TestCase(PenaltyKind.Warning)]
    [TestCase(PenaltyKind.Fine)]
    [TestCase(PenaltyKind.Confiscation)]
    [TestCase(PenaltyKind.NoPenalty)]
    public void Other_penalties_apply_to_either_subject_and_leave_the_register_alone(PenaltyKind penalty)
    {
        Assert.That(PenaltyRules.SubjectOf(penalty), Is.Null);
        Assert.That(PenaltyRules.ChangesRegister(penalty), Is.False);
    }

    [Test]
    public void A_lawyer_is_suspended_for_3_to_12_months_and_a_firm_rectified_for_1_to_6() =>
        Assert.That(
            (PenaltyRules.MonthsAllowed(PenaltyKind.PracticeSuspension), PenaltyRules.MonthsAllowed(PenaltyKind.FirmRectification)),
            Is.EqualTo(((3, 12), (1, 6))));

    [TestCase(PenaltyKind.Warning)]
    [TestCase(PenaltyKind.Fine)]
    [TestCase(PenaltyKind.Confiscation)]
    [TestCase(PenaltyKind.CertificateRevocation)]
    [TestCase(PenaltyKind.LicenceRevocation)]
    [TestCase(PenaltyKind.NoPenalty)]
    public void Penalties_without_a_period_allow_no_months(PenaltyKind penalty) =>
        Assert.That(PenaltyRules.MonthsAllowed(penalty), Is.Null);

    [Test]
    public void Only_fines_and_confiscations_need_an_amount()
    {
        foreach (var penalty in Enum.GetValues<PenaltyKind>())
        {
            Assert.That(PenaltyRules.NeedsAmount(penalty), Is.EqualTo(penalty is PenaltyKind.Fine or PenaltyKind.Confiscation), penalty.ToString());
        }
    }

    [Test]
    public void A_period_ends_the_given_number_of_months_after_the_decision()
    {
        Assert.That(PenaltyRules.EffectiveUntil(PenaltyKind.PracticeSuspension, new DateOnly(2026, 3, 15), 12), Is.EqualTo(new DateOnly(2027, 3, 15)));
        Assert.That(PenaltyRules.EffectiveUntil(PenaltyKind.PracticeSuspension, new DateOnly(2026, 3, 15), 3), Is.EqualTo(new DateOnly(2026, 6, 15)));
        Assert.That(PenaltyRules.EffectiveUntil(PenaltyKind.FirmRectification, new DateOnly(2026, 3, 15), 6), Is.EqualTo(new DateOnly(2026, 9, 15)));
    }

    [Test]
    public void A_period_from_a_month_end_ends_on_the_last_day_of_a_shorter_month() =>
        Assert.That(PenaltyRules.EffectiveUntil(PenaltyKind.FirmRectification, new DateOnly(2026, 1, 31), 1), Is.EqualTo(new DateOnly(2026, 2, 28)));

    [Test]
    public void There_is_no_end_without_a_period_or_without_months()
    {
        Assert.That(PenaltyRules.EffectiveUntil(PenaltyKind.Fine, new DateOnly(2026, 3, 15), 3), Is.Null);
        Assert.That(PenaltyRules.EffectiveUntil(PenaltyKind.CertificateRevocation, new DateOnly(2026, 3, 15), null), Is.Null);
        Assert.That(PenaltyRules.EffectiveUntil(PenaltyKind.PracticeSuspension, new DateOnly(2026, 3, 15), null), Is.Null);
    }
}
