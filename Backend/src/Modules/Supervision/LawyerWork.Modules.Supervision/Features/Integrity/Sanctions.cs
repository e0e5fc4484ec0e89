using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using LawyerWork.Modules.Supervision.Domain.Integrity;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.Extensions.Configuration;

namespace LawyerWork.Modules.Supervision.Features.Integrity;

/// <summary>
/// Turns a decided discipline or penalty into an integrity sanction (a referral never is one), and
/// announces a penalty that changes the register (停止执业, 停业整顿, 吊销) to Registry through the
/// outbox, in the same save as the decision.
/// </summary>
public sealed class Sanctions(SupervisionDbContext db, IRegistryReader registry, IConfiguration configuration, TimeProvider clock)
{
    public static (OrganisationKind Kind, string RegionCode) Association(string regionCode) => (OrganisationKind.BarAssociation, regionCode);

    public static (OrganisationKind Kind, string RegionCode) Bureau(string regionCode) => (OrganisationKind.JusticeBureau, regionCode);

    /// <summary>
    /// How long a record stays on the public disclosure platform: <c>Supervision:DisclosureYears:{Measure}</c>,
    /// else <c>Supervision:DisclosureYears:Default</c>, else three years — a configurable default the
    /// department is to confirm against its disclosure rules.
    /// </summary>
    public DateOnly DisclosedUntil(string measure, DateOnly decidedOn, DateOnly? effectiveUntil)
    {
        var years = configuration.GetValue<int?>($"Supervision:DisclosureYears:{measure}")
            ?? configuration.GetValue<int?>("Supervision:DisclosureYears:Default") ?? 3;
        var until = decidedOn.AddYears(years);
        return effectiveUntil is { } end && end > until ? end : until;
    }

    public async Task RecordAsync(Complaint complaint, SanctionDecision? decision, (OrganisationKind Kind, string RegionCode) decidedBy, CancellationToken cancellationToken)
    {
        if (decision is null)
        {
            return;
        }

        var subjectId = decision.Subject == SubjectKind.Lawyer ? complaint.LawyerId!.Value : complaint.FirmId!.Value;
        var subjectName = decision.Subject == SubjectKind.Lawyer
            ? (await registry.LawyersAsync([subjectId], cancellationToken)).Single().Name
            : (await registry.FirmsAsync([subjectId], cancellationToken)).Single().Name;
        var body = await registry.OrganisationNameAsync(decidedBy.Kind, decidedBy.RegionCode, cancellationToken);
        // The title is the measure's name, never the complaint's words: those may name the complainant.
        var record = IntegrityRecord.Create(
            IntegrityKind.Sanction, decision.Subject, subjectId, subjectName, complaint.RegionCode, decision.Measure, MeasureTitle(decision.Measure, complaint.PenaltyMonths),
            body, decision.DocumentNumber, decision.DecidedOn, decision.EffectiveUntil,
            DisclosedUntil(decision.Measure, decision.DecidedOn, decision.EffectiveUntil), complaint.Id, clock);
        db.IntegrityRecords.Add(record);
        Announce(record);
    }

    /// <summary>
    /// Every record is announced (external systems receive it); a penalty that stops practice or
    /// revokes is also Registry's to apply, through its own event. Both in this save.
    /// </summary>
    public void Announce(IntegrityRecord record)
    {
        db.Outbox.Add(OutboxMessage.For(record.SubjectId, new IntegrityRecorded(
            record.Id, record.Kind, record.Subject, record.SubjectId, record.SubjectName, record.RegionCode, record.Measure, record.Title,
            record.DecidedBy, record.DocumentNumber, record.DecidedOn, record.EffectiveUntil, record.DisclosedUntil, clock.GetUtcNow()), clock));
        if (Measures.PenaltyOf(record.Measure) is { } penalty && PenaltyRules.ChangesRegister(penalty))
        {
            db.Outbox.Add(OutboxMessage.For(record.SubjectId, new PracticePenaltyDecided(
                record.Id, penalty, record.Subject == SubjectKind.Lawyer ? record.SubjectId : null, record.Subject == SubjectKind.Firm ? record.SubjectId : null,
                record.DecidedOn, record.EffectiveUntil, record.DocumentNumber, clock.GetUtcNow()), clock));
        }
    }

    public static string MeasureTitle(string measure, int? months) => measure switch
    {
        "Discipline:Admonition" => "行业处分：训诫",
        "Discipline:Warning" => "行业处分：警告",
        "Discipline:CircularCriticism" => "行业处分：通报批评",
        "Discipline:PublicCensure" => "行业处分：公开谴责",
        "Discipline:MembershipSuspension" => "行业处分：中止会员权利",
        "Discipline:MembershipRevocation" => "行业处分：取消会员资格",
        "Penalty:Warning" => "行政处罚：警告",
        "Penalty:Fine" => "行政处罚：罚款",
        "Penalty:Confiscation" => "行政处罚：没收违法所得",
        "Penalty:PracticeSuspension" => $"行政处罚：停止执业{months}个月",
        "Penalty:FirmRectification" => $"行政处罚：停业整顿{months}个月",
        "Penalty:CertificateRevocation" => "行政处罚：吊销律师执业证书",
        "Penalty:LicenceRevocation" => "行政处罚：吊销律师事务所执业许可证",
        _ => measure,
    };
}
