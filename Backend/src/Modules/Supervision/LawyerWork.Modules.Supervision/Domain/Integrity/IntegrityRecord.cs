using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Supervision.Contracts;

namespace LawyerWork.Modules.Supervision.Domain.Integrity;

/// <summary>
/// 诚信记录: a reward (表彰, with the awarding body) or a sanction (decided discipline or penalty, with
/// the deciding body and document number) of a lawyer or firm, public inside its disclosure period.
/// Sanctions come from decided complaints automatically, or are entered directly.
/// </summary>
public sealed class IntegrityRecord : IVersioned
{
    private IntegrityRecord()
    {
    }

    public Guid Id { get; private set; }

    public IntegrityKind Kind { get; private set; }

    public SubjectKind Subject { get; private set; }

    public Guid SubjectId { get; private set; }

    public string SubjectName { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    /// <summary>What was decided, as <see cref="Measures"/> names it (e.g. <c>Penalty:PracticeSuspension</c>).</summary>
    public string Measure { get; private set; } = "";

    /// <summary>The reward's name (e.g. 全省优秀律师) or a short statement of the sanction.</summary>
    public string Title { get; private set; } = "";

    public string DecidedBy { get; private set; } = "";

    public string DocumentNumber { get; private set; } = "";

    public DateOnly DecidedOn { get; private set; }

    /// <summary>For a penalty with a period: the first day the subject may practise again.</summary>
    public DateOnly? EffectiveUntil { get; private set; }

    public DateOnly DisclosedUntil { get; private set; }

    /// <summary>The complaint the sanction was decided on; null for one entered directly.</summary>
    public Guid? ComplaintId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public long Version { get; private set; }

    public static IntegrityRecord Create(
        IntegrityKind kind, SubjectKind subject, Guid subjectId, string subjectName, string regionCode, string measure, string title,
        string decidedBy, string documentNumber, DateOnly decidedOn, DateOnly? effectiveUntil, DateOnly disclosedUntil, Guid? complaintId,
        TimeProvider clock) => new()
        {
            Id = NewId.Create(clock),
            Kind = kind,
            Subject = subject,
            SubjectId = subjectId,
            SubjectName = subjectName,
            RegionCode = regionCode,
            Measure = measure,
            Title = title,
            DecidedBy = decidedBy,
            DocumentNumber = documentNumber,
            DecidedOn = decidedOn,
            EffectiveUntil = effectiveUntil,
            DisclosedUntil = disclosedUntil,
            ComplaintId = complaintId,
            RecordedAt = clock.GetUtcNow(),
        };

    public bool IsDisclosedOn(DateOnly day) => DecidedOn <= day && day < DisclosedUntil;
}
