using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Supervision.Contracts;

namespace LawyerWork.Modules.Supervision.Domain.Complaints;

/// <summary>The deadline of the step a case waits for, and the step's name (DeadlineSteps).</summary>
public sealed record Deadline(string Step, DateOnly DueOn);

/// <summary>A decided measure that becomes an integrity sanction (a referral alone never does).</summary>
public sealed record SanctionDecision(SubjectKind Subject, string Measure, string DocumentNumber, DateOnly DecidedOn, DateOnly? EffectiveUntil);

/// <summary>
/// 投诉 against a lawyer and/or a firm (docs/modules/supervision.md draws the state machine). The
/// bar association of the subject's region accepts, investigates and decides; a referral goes to
/// the justice bureau, whose penalty decision is its own step. Every step is kept in the history.
/// </summary>
public sealed class Complaint : SupervisedCase<ComplaintState, ComplaintStepKind>
{
    private Complaint()
    {
    }

    /// <summary>SHA-256 of the lookup code given to the complainant once; the code itself is never stored.</summary>
    public string LookupCodeHash { get; private set; } = "";

    public ComplaintChannel Channel { get; private set; }

    public string ComplainantName { get; private set; } = "";

    [PersonalData]
    public string ComplainantPhone { get; private set; } = "";

    public Guid? LawyerId { get; private set; }

    public Guid? FirmId { get; private set; }

    /// <summary>The subject as named when filed ("张三 / 某某律师事务所"): the record keeps it if the register changes.</summary>
    public string SubjectName { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Details { get; private set; } = "";

    public ComplaintOutcome? Outcome { get; private set; }

    public DisciplineKind? Discipline { get; private set; }

    public SubjectKind? DecisionSubject { get; private set; }

    public string? DecisionReason { get; private set; }

    public string? DecisionDocumentNumber { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public PenaltyKind? Penalty { get; private set; }

    public decimal? PenaltyAmount { get; private set; }

    public int? PenaltyMonths { get; private set; }

    public string? PenaltyDocumentNumber { get; private set; }

    public DateOnly? PenaltyDecidedOn { get; private set; }

    public NotificationChannel? NotifiedBy { get; private set; }

    public DateOnly? NotifiedOn { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    protected override ComplaintStepKind OverdueStep => ComplaintStepKind.Overdue;

    public static Complaint File(
        ComplaintChannel channel, string receiptNumber, string lookupCodeHash, string complainantName, string complainantPhone,
        Guid? lawyerId, Guid? firmId, string subjectName, string regionCode, string summary, string details,
        StepActor actor, Deadline acceptance, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var complaint = new Complaint
        {
            Id = NewId.Create(clock),
            ReceiptNumber = receiptNumber,
            LookupCodeHash = lookupCodeHash,
            Channel = channel,
            ComplainantName = complainantName,
            ComplainantPhone = complainantPhone,
            LawyerId = lawyerId,
            FirmId = firmId,
            SubjectName = subjectName,
            RegionCode = regionCode,
            Summary = summary,
            Details = details,
            State = ComplaintState.Received,
            FiledAt = now,
        };
        complaint.Wait(acceptance);
        complaint.Record(ComplaintStepKind.Filed, actor, null, clock);
        return complaint;
    }

    public void Accept(StepActor handler, string? note, Deadline investigation, StepActor actor, TimeProvider clock)
    {
        Require(ComplaintState.Received, "受理");
        HandlerId = handler.Id;
        HandlerName = handler.Name;
        State = ComplaintState.Investigating;
        Wait(investigation);
        Record(ComplaintStepKind.Accepted, actor, note, clock);
    }

    public void Reject(string reason, Deadline notification, StepActor actor, TimeProvider clock)
    {
        Require(ComplaintState.Received, "不予受理");
        State = ComplaintState.Rejected;
        DecisionReason = reason;
        Wait(notification);
        Record(ComplaintStepKind.Rejected, actor, reason, clock);
    }

    public void AddNote(string note, StepActor actor, TimeProvider clock)
    {
        Require(ComplaintState.Investigating, "调查记录");
        Record(ComplaintStepKind.Note, actor, note, clock);
    }

    public void RecordAttachment(string fileName, StepActor actor, TimeProvider clock)
    {
        if (State is ComplaintState.Closed)
        {
            throw StepNotAllowed.In(State, "上传材料");
        }

        Record(ComplaintStepKind.Attachment, actor, fileName, clock);
    }

    /// <summary>The association's decision; returns the sanction it makes, if any (a referral makes none).</summary>
    public SanctionDecision? Decide(
        ComplaintOutcome outcome, SubjectKind? subject, DisciplineKind? discipline, string reason, string? documentNumber, DateOnly decidedOn,
        Deadline next, StepActor actor, TimeProvider clock)
    {
        Require(ComplaintState.Investigating, "处理决定");

        // Checked before anything changes: a refused decision leaves the complaint as it was.
        SubjectKind? decisionSubject = outcome == ComplaintOutcome.Dismissed ? null : EnsureNamed(subject);
        if (outcome == ComplaintOutcome.Discipline && discipline is null)
        {
            throw InvalidField.Exception("discipline", Texts.Required("请选择行业处分种类。", "Choose the kind of discipline."));
        }

        if (outcome == ComplaintOutcome.Discipline && string.IsNullOrWhiteSpace(documentNumber))
        {
            throw InvalidField.Exception("documentNumber", Texts.Required("行业处分须填写处分决定书文号。", "A discipline needs its decision document number."));
        }

        Outcome = outcome;
        DecisionReason = reason;
        DecidedOn = decidedOn;
        DecisionDocumentNumber = documentNumber;
        DecisionSubject = decisionSubject;
        Discipline = outcome == ComplaintOutcome.Discipline ? discipline : null;
        State = outcome == ComplaintOutcome.Referral ? ComplaintState.Referred : ComplaintState.Decided;
        var sanction = outcome == ComplaintOutcome.Discipline
            ? new SanctionDecision(decisionSubject!.Value, Measures.Of(discipline!.Value), documentNumber!, decidedOn, null)
            : null;
        Wait(next);
        Record(ComplaintStepKind.Decided, actor, reason, clock);
        return sanction;
    }

    /// <summary>The justice bureau's penalty decision on a referred complaint; returns the sanction (none for 不予处罚).</summary>
    public SanctionDecision? DecidePenalty(
        PenaltyKind penalty, decimal? amount, int? months, string documentNumber, DateOnly decidedOn, string? note,
        Deadline notification, StepActor actor, TimeProvider clock)
    {
        Require(ComplaintState.Referred, "行政处罚决定");
        var subject = DecisionSubject!.Value;
        var needs = PenaltyRules.SubjectOf(penalty);
        if (needs is not null && needs != subject)
        {
            throw InvalidField.Exception("penalty", subject == SubjectKind.Lawyer
                ? Texts.Required("该处罚只适用于律师事务所，而移送的对象是律师。", "That penalty applies to a firm; the referral names a lawyer.")
                : Texts.Required("该处罚只适用于律师，而移送的对象是律师事务所。", "That penalty applies to a lawyer; the referral names a firm."));
        }

        Penalty = penalty;
        PenaltyAmount = amount;
        PenaltyMonths = months;
        PenaltyDocumentNumber = documentNumber;
        PenaltyDecidedOn = decidedOn;
        State = ComplaintState.Decided;
        Wait(notification);
        Record(ComplaintStepKind.PenaltyDecided, actor, note, clock);
        return penalty == PenaltyKind.NoPenalty
            ? null
            : new SanctionDecision(subject, Measures.Of(penalty), documentNumber, decidedOn, PenaltyRules.EffectiveUntil(penalty, decidedOn, months));
    }

    public void Notify(NotificationChannel channel, DateOnly notifiedOn, string? note, StepActor actor, TimeProvider clock)
    {
        if (State is not (ComplaintState.Decided or ComplaintState.Rejected))
        {
            throw StepNotAllowed.In(State, "告知投诉人");
        }

        NotifiedBy = channel;
        NotifiedOn = notifiedOn;
        State = ComplaintState.Notified;
        Wait(null);
        Record(ComplaintStepKind.Notified, actor, note, clock);
    }

    public void Close(string? note, StepActor actor, TimeProvider clock)
    {
        Require(ComplaintState.Notified, "结案");
        State = ComplaintState.Closed;
        ClosedAt = clock.GetUtcNow();
        Record(ComplaintStepKind.Closed, actor, note, clock);
    }

    /// <summary>On appeal (复查): back to investigation, the earlier decision kept in the history.</summary>
    public void Reopen(string reason, Deadline investigation, StepActor actor, TimeProvider clock)
    {
        Require(ComplaintState.Closed, "复查重新调查");
        State = ComplaintState.Investigating;
        ClosedAt = null;

        // The earlier decision stays in the history (its steps) and its sanction in the integrity
        // records; the case's current decision is open again.
        Outcome = null;
        DecisionSubject = null;
        Discipline = null;
        DecisionReason = null;
        DecisionDocumentNumber = null;
        DecidedOn = null;
        Penalty = null;
        PenaltyAmount = null;
        PenaltyMonths = null;
        PenaltyDocumentNumber = null;
        PenaltyDecidedOn = null;
        NotifiedBy = null;
        NotifiedOn = null;
        Wait(investigation);
        Record(ComplaintStepKind.Reopened, actor, reason, clock);
    }

    private SubjectKind EnsureNamed(SubjectKind? subject)
    {
        var chosen = subject ?? (LawyerId is not null ? SubjectKind.Lawyer : SubjectKind.Firm);
        if ((chosen == SubjectKind.Lawyer && LawyerId is null) || (chosen == SubjectKind.Firm && FirmId is null))
        {
            throw InvalidField.Exception("subject", Texts.Required("处理对象须是投诉所针对的律师或律所。", "The subject must be the lawyer or firm the complaint names."));
        }

        return chosen;
    }
}
