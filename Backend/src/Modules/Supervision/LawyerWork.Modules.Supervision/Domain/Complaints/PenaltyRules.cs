using LawyerWork.Modules.Supervision.Contracts;

namespace LawyerWork.Modules.Supervision.Domain.Complaints;

/// <summary>
/// What the Lawyers Law (律师法, 2017 revision) allows for each penalty: 停止执业 of a lawyer for three
/// months to one year (art. 47–49), 停业整顿 of a firm for one to six months (art. 50); fines and
/// confiscations carry an amount; revocations are for good.
/// </summary>
public static class PenaltyRules
{
    public static SubjectKind? SubjectOf(PenaltyKind penalty) => penalty switch
    {
        PenaltyKind.PracticeSuspension or PenaltyKind.CertificateRevocation => SubjectKind.Lawyer,
        PenaltyKind.FirmRectification or PenaltyKind.LicenceRevocation => SubjectKind.Firm,
        _ => null,
    };

    public static (int Min, int Max)? MonthsAllowed(PenaltyKind penalty) => penalty switch
    {
        PenaltyKind.PracticeSuspension => (3, 12),
        PenaltyKind.FirmRectification => (1, 6),
        _ => null,
    };

    public static bool NeedsAmount(PenaltyKind penalty) => penalty is PenaltyKind.Fine or PenaltyKind.Confiscation;

    /// <summary>Whether the penalty changes the register (and so is announced to Registry).</summary>
    public static bool ChangesRegister(PenaltyKind penalty) => SubjectOf(penalty) is not null;

    /// <summary>The first day the subject may practise again, for a penalty with a period; null otherwise.</summary>
    public static DateOnly? EffectiveUntil(PenaltyKind penalty, DateOnly decidedOn, int? months) =>
        MonthsAllowed(penalty) is not null && months is { } m ? decidedOn.AddMonths(m) : null;
}
