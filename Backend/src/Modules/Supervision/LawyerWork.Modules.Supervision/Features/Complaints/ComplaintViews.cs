using System.Linq.Expressions;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Complaints;

/// <summary>A complaint in the ledger 台账: state, handler, and the current step's deadline.</summary>
public sealed record ComplaintSummary(
    Guid Id,
    string ReceiptNumber,
    ComplaintChannel Channel,
    string SubjectName,
    Guid? LawyerId,
    Guid? FirmId,
    string RegionCode,
    string Summary,
    ComplaintState State,
    string? HandlerName,
    string? DeadlineStep,
    DateOnly? DueOn,
    int? DaysLeft,
    bool Overdue,
    DateTimeOffset FiledAt,
    long Version);

public sealed record CaseStepView(string Kind, DateTimeOffset At, string ActorName, string? Note);

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>One complaint with everything decided on it and its full history. The complainant's phone is masked unless the caller handles complaints.</summary>
public sealed record ComplaintDetails(
    Guid Id,
    string ReceiptNumber,
    ComplaintChannel Channel,
    string ComplainantName,
    string ComplainantPhone,
    bool PersonalDataMasked,
    Guid? LawyerId,
    Guid? FirmId,
    string SubjectName,
    string RegionCode,
    string Summary,
    string Details,
    ComplaintState State,
    string? HandlerId,
    string? HandlerName,
    string? DeadlineStep,
    DateOnly? DueOn,
    int? DaysLeft,
    bool Overdue,
    ComplaintOutcome? Outcome,
    SubjectKind? DecisionSubject,
    DisciplineKind? Discipline,
    string? DecisionReason,
    string? DecisionDocumentNumber,
    DateOnly? DecidedOn,
    PenaltyKind? Penalty,
    decimal? PenaltyAmount,
    int? PenaltyMonths,
    string? PenaltyDocumentNumber,
    DateOnly? PenaltyDecidedOn,
    NotificationChannel? NotifiedBy,
    DateOnly? NotifiedOn,
    DateTimeOffset FiledAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<CaseStepView> Steps,
    IReadOnlyList<AttachmentView> Attachments,
    long Version);

internal static class ComplaintViews
{
    public static readonly SortableFields<Complaint> Sort = new SortableFields<Complaint>(c => c.Id)
        .Add("filedAt", c => c.FiledAt, isDefault: true, descending: true)
        .Add("dueOn", c => c.DueOn);

    public static Expression<Func<Complaint, ComplaintSummary>> Summary(DateOnly today, CaseDeadlines deadlines) => c => new ComplaintSummary(
        c.Id, c.ReceiptNumber, c.Channel, c.SubjectName, c.LawyerId, c.FirmId, c.RegionCode, c.Summary, c.State, c.HandlerName,
        c.DeadlineStep, c.DueOn, deadlines.DaysLeft(c.DeadlineStep, c.DueOn, today), c.Overdue, c.FiledAt, c.Version);

    /// <summary>The complaint in the caller's view (404 outside their region, API.md: never leak that it exists).</summary>
    public static async Task<Complaint> VisibleComplaintAsync(this SupervisionDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return complaint is not null && scope.Covers(complaint.RegionCode) ? complaint : throw CaseScope.NotFound();
    }

    public static async Task<ComplaintDetails> DetailsAsync(this SupervisionDbContext db, Complaint c, ICurrentUser user, CaseDeadlines deadlines, CancellationToken cancellationToken)
    {
        var attachments = await db.ComplaintAttachments.AsNoTracking().Where(a => a.ComplaintId == c.Id).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedBy, a.UploadedAt)).ToListAsync(cancellationToken);
        var unmasked = user.Has(SupervisionPermissions.ComplaintsHandle);
        return new ComplaintDetails(
            c.Id, c.ReceiptNumber, c.Channel, c.ComplainantName, unmasked ? c.ComplainantPhone : MaskPhone(c.ComplainantPhone), !unmasked,
            c.LawyerId, c.FirmId, c.SubjectName, c.RegionCode, c.Summary, c.Details, c.State, c.HandlerId, c.HandlerName,
            c.DeadlineStep, c.DueOn, deadlines.DaysLeft(c.DeadlineStep, c.DueOn, deadlines.Today), c.Overdue,
            c.Outcome, c.DecisionSubject, c.Discipline, c.DecisionReason, c.DecisionDocumentNumber, c.DecidedOn,
            c.Penalty, c.PenaltyAmount, c.PenaltyMonths, c.PenaltyDocumentNumber, c.PenaltyDecidedOn, c.NotifiedBy, c.NotifiedOn,
            c.FiledAt, c.ClosedAt,
            c.Steps.OrderBy(s => s.At).Select(s => new CaseStepView(s.Kind.ToString(), s.At, s.ActorName, s.Note)).ToList(),
            attachments, c.Version);
    }

    // 138****5678: enough to recognise a number read back on the phone, not enough to call it.
    public static string MaskPhone(string phone) => phone.Length >= 7 ? phone[..3] + new string('*', phone.Length - 7) + phone[^4..] : "***";
}
