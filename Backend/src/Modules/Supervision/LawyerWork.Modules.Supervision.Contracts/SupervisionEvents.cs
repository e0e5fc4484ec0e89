namespace LawyerWork.Modules.Supervision.Contracts;

// Integration events: written to Supervision's outbox in the transaction of the decision and
// delivered after commit (at least once; consumers deduplicate by the outbox message id).

/// <summary>The justice bureau assessed a lawyer 不合格 in the annual assessment of <paramref name="Year"/>: the register flags it.</summary>
public sealed record LawyerAssessedUnqualified(Guid LawyerId, int Year, Guid AssessmentId, DateTimeOffset OccurredAt);

/// <summary>
/// A decided penalty that changes the register: 停止执业 suspends the lawyer from <paramref name="From"/>
/// until <paramref name="Until"/> (exclusive); 停业整顿 does the same to a firm; 吊销 revokes a lawyer's
/// certificate or a firm's licence for good (<paramref name="Until"/> null).
/// </summary>
public sealed record PracticePenaltyDecided(
    Guid SanctionId,
    PenaltyKind Kind,
    Guid? LawyerId,
    Guid? FirmId,
    DateOnly From,
    DateOnly? Until,
    string DocumentNumber,
    DateTimeOffset OccurredAt);

/// <summary>
/// An integrity record (诚信记录) was recorded: a reward, or a sanction decided on a complaint or entered
/// directly. Announced for every record, whether or not it changes the register; the subject is the
/// aggregate, so a lawyer's sanctions arrive in order with the lawyer's registration changes.
/// </summary>
public sealed record IntegrityRecorded(
    Guid RecordId,
    IntegrityKind Kind,
    SubjectKind Subject,
    Guid SubjectId,
    string SubjectName,
    string RegionCode,
    string Measure,
    string Title,
    string DecidedBy,
    string DocumentNumber,
    DateOnly DecidedOn,
    DateOnly? EffectiveUntil,
    DateOnly DisclosedUntil,
    DateTimeOffset OccurredAt);
