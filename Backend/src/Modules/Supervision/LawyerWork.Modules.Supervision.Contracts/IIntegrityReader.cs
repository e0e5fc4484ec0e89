namespace LawyerWork.Modules.Supervision.Contracts;

/// <summary>
/// The public integrity disclosure 诚信信息公示: what of a lawyer's or firm's rewards and sanctions the
/// rules make public today (inside its disclosure period). Registry's public look-up calls it, so
/// there is one public API. No complainant and no personal data ever passes through it.
/// </summary>
public interface IIntegrityReader
{
    Task<IReadOnlyList<PublicIntegrityRecord>> DisclosedAsync(SubjectKind subject, Guid subjectId, CancellationToken cancellationToken);
}

/// <summary>
/// One disclosed record. <c>Measure</c> is the discipline or penalty kind's name (e.g.
/// <c>PracticeSuspension</c>), or <c>Commendation</c> for a reward; <c>EffectiveUntil</c> is the first day
/// a suspended subject may practise again.
/// </summary>
public sealed record PublicIntegrityRecord(
    IntegrityKind Kind,
    string Measure,
    string Title,
    string DecidedBy,
    string DocumentNumber,
    DateOnly DecidedOn,
    DateOnly? EffectiveUntil,
    DateOnly DisclosedUntil);
