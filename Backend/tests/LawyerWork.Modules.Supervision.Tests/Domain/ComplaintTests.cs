using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Deadlines;
using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Domain.Complaints;

namespace LawyerWork.Modules.Supervision.Tests.Domain;

/// <summary>The complaint's state machine: which step may follow which, what each step keeps, and the sanction a decision makes.</summary>
public sealed class ComplaintTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly Guid LawyerId = Guid.CreateVersion7();
    private static readonly Guid FirmId = Guid.CreateVersion7();
    private static readonly StepActor Complainant = new("public", "投诉人");
    private static readonly StepActor Staff = new("u-1", "李受理");
    private static readonly StepActor Handler = new("u-7", "王调查");
    private static readonly StepActor Job = new("system:overdue", "逾期检查");

    private static readonly Deadline Acceptance = new(DeadlineSteps.ComplaintAcceptance, new DateOnly(2026, 3, 9));
    private static readonly Deadline Investigation = new(DeadlineSteps.ComplaintInvestigation, new DateOnly(2026, 5, 1));
    private static readonly Deadline PenaltyDecision = new(DeadlineSteps.PenaltyDecision, new DateOnly(2026, 7, 1));
    private static readonly Deadline Notification = new(DeadlineSteps.ComplainantNotification, new DateOnly(2026, 4, 15));

    private FixedClock clock = null!;

    [SetUp]
    public void StartTheClock() => clock = new FixedClock(Start);

    [Test]
    public void The_whole_path_from_filing_through_discipline_reopening_referral_and_penalty_to_closure()
    {
        var complaint = File();
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Received));
        Assert.That(complaint.FiledAt, Is.EqualTo(Start));
        Assert.That(complaint.ReceiptNumber, Is.EqualTo("TS2026-5F3A9C"));

        Tick();
        complaint.Accept(Handler, "立案调查", Investigation, Staff, clock);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Investigating));
        Assert.That((complaint.HandlerId, complaint.HandlerName), Is.EqualTo(("u-7", "王调查")));

        Tick();
        complaint.AddNote("约谈被投诉律师", Handler, clock);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Investigating));

        Tick();
        var discipline = complaint.Decide(
            ComplaintOutcome.Discipline, SubjectKind.Lawyer, DisciplineKind.Warning, "违规收费", "吉律协惩〔2026〕3号", new DateOnly(2026, 4, 1),
            Notification, Handler, clock);
        Assert.That(discipline, Is.EqualTo(new SanctionDecision(SubjectKind.Lawyer, "Discipline:Warning", "吉律协惩〔2026〕3号", new DateOnly(2026, 4, 1), null)));
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Decided));
        Assert.That((complaint.Outcome, complaint.Discipline, complaint.DecisionSubject), Is.EqualTo(((ComplaintOutcome?)ComplaintOutcome.Discipline, (DisciplineKind?)DisciplineKind.Warning, (SubjectKind?)SubjectKind.Lawyer)));

        Tick();
        complaint.Notify(NotificationChannel.Sms, new DateOnly(2026, 4, 2), "短信告知", Handler, clock);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Notified));
        Assert.That((complaint.NotifiedBy, complaint.NotifiedOn), Is.EqualTo(((NotificationChannel?)NotificationChannel.Sms, (DateOnly?)new DateOnly(2026, 4, 2))));

        Tick();
        complaint.Close("结案", Handler, clock);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Closed));
        Assert.That(complaint.ClosedAt, Is.EqualTo(clock.Now));

        Tick();
        complaint.Reopen("投诉人申请复查", Investigation, Staff, clock);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Investigating));
        Assert.That(complaint.ClosedAt, Is.Null);

        Tick();
        var referral = complaint.Decide(
            ComplaintOutcome.Referral, SubjectKind.Lawyer, null, "情节严重，移送司法局", null, new DateOnly(2026, 5, 1), PenaltyDecision, Handler, clock);
        Assert.That(referral, Is.Null);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Referred));
        Assert.That(complaint.Outcome, Is.EqualTo(ComplaintOutcome.Referral));

        Tick();
        var penalty = complaint.DecidePenalty(
            PenaltyKind.PracticeSuspension, null, 6, "朝司罚〔2026〕1号", new DateOnly(2026, 6, 1), "停止执业六个月", Notification, Staff, clock);
        Assert.That(penalty, Is.EqualTo(new SanctionDecision(SubjectKind.Lawyer, "Penalty:PracticeSuspension", "朝司罚〔2026〕1号", new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 1))));
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Decided));
        Assert.That((complaint.Penalty, complaint.PenaltyMonths, complaint.PenaltyDocumentNumber, complaint.PenaltyDecidedOn), Is.EqualTo(
            ((PenaltyKind?)PenaltyKind.PracticeSuspension, (int?)6, "朝司罚〔2026〕1号", (DateOnly?)new DateOnly(2026, 6, 1))));

        Tick();
        complaint.Notify(NotificationChannel.Letter, new DateOnly(2026, 6, 3), null, Handler, clock);
        Tick();
        complaint.Close(null, Handler, clock);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Closed));

        Assert.That(complaint.Steps.Select(s => s.Kind), Is.EqualTo(new[]
        {
            ComplaintStepKind.Filed, ComplaintStepKind.Accepted, ComplaintStepKind.Note, ComplaintStepKind.Decided, ComplaintStepKind.Notified,
            ComplaintStepKind.Closed, ComplaintStepKind.Reopened, ComplaintStepKind.Decided, ComplaintStepKind.PenaltyDecided,
            ComplaintStepKind.Notified, ComplaintStepKind.Closed,
        }));
        Assert.That(complaint.Steps.Select(s => s.At), Is.EqualTo(Enumerable.Range(0, 11).Select(h => Start.AddHours(h))));
        Assert.That(complaint.Steps.Select(s => s.Id), Is.Unique);
    }

    [Test]
    public void Every_step_keeps_its_actor_and_note_in_the_history()
    {
        var complaint = File();
        complaint.Accept(Handler, "受理意见", Investigation, Staff, clock);
        complaint.AddNote("调查记录", Handler, clock);
        complaint.RecordAttachment("证据.pdf", Handler, clock);
        complaint.Decide(ComplaintOutcome.Referral, null, null, "移送理由", null, new DateOnly(2026, 4, 1), PenaltyDecision, Handler, clock);
        complaint.DecidePenalty(PenaltyKind.Fine, 5000m, null, "罚〔2026〕2号", new DateOnly(2026, 5, 1), "处罚说明", Notification, Staff, clock);
        Assert.That(complaint.MarkOverdue(new DateOnly(2026, 4, 16), Job, clock), Is.True);
        complaint.Notify(NotificationChannel.Phone, new DateOnly(2026, 5, 2), "电话告知", Handler, clock);
        complaint.Close("结案说明", Staff, clock);
        complaint.Reopen("复查理由", Investigation, Staff, clock);

        Assert.That(complaint.Steps.Select(s => (s.Kind, s.ActorId, s.ActorName, s.Note)), Is.EqualTo(new (ComplaintStepKind, string, string, string?)[]
        {
            (ComplaintStepKind.Filed, "public", "投诉人", null),
            (ComplaintStepKind.Accepted, "u-1", "李受理", "受理意见"),
            (ComplaintStepKind.Note, "u-7", "王调查", "调查记录"),
            (ComplaintStepKind.Attachment, "u-7", "王调查", "证据.pdf"),
            (ComplaintStepKind.Decided, "u-7", "王调查", "移送理由"),
            (ComplaintStepKind.PenaltyDecided, "u-1", "李受理", "处罚说明"),
            (ComplaintStepKind.Overdue, "system:overdue", "逾期检查", DeadlineSteps.ComplainantNotification),
            (ComplaintStepKind.Notified, "u-7", "王调查", "电话告知"),
            (ComplaintStepKind.Closed, "u-1", "李受理", "结案说明"),
            (ComplaintStepKind.Reopened, "u-1", "李受理", "复查理由"),
        }));
        Assert.That(complaint.Steps.Select(s => s.At), Is.All.EqualTo(Start));
    }

    [Test]
    public void A_rejected_complaint_keeps_its_reason_and_is_still_notified_and_closed()
    {
        var complaint = File();
        complaint.Reject("不属于协会管辖", Notification, Staff, clock);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Rejected));
        Assert.That(complaint.DecisionReason, Is.EqualTo("不属于协会管辖"));
        Assert.That((complaint.DeadlineStep, complaint.DueOn), Is.EqualTo((DeadlineSteps.ComplainantNotification, (DateOnly?)Notification.DueOn)));

        complaint.Notify(NotificationChannel.Letter, new DateOnly(2026, 3, 5), null, Staff, clock);
        complaint.Close(null, Staff, clock);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Closed));
        Assert.That(complaint.Steps.Select(s => s.Kind), Is.EqualTo(new[]
        {
            ComplaintStepKind.Filed, ComplaintStepKind.Rejected, ComplaintStepKind.Notified, ComplaintStepKind.Closed,
        }));
    }

    // ----- refusals: every (state, step) the machine does not allow -----

    private static readonly Dictionary<string, ComplaintState[]> AllowedIn = new()
    {
        ["Accept"] = [ComplaintState.Received],
        ["Reject"] = [ComplaintState.Received],
        ["AddNote"] = [ComplaintState.Investigating],
        ["RecordAttachment"] = [ComplaintState.Received, ComplaintState.Rejected, ComplaintState.Investigating, ComplaintState.Referred, ComplaintState.Decided, ComplaintState.Notified],
        ["Decide"] = [ComplaintState.Investigating],
        ["DecidePenalty"] = [ComplaintState.Referred],
        ["Notify"] = [ComplaintState.Decided, ComplaintState.Rejected],
        ["Close"] = [ComplaintState.Notified],
        ["Reopen"] = [ComplaintState.Closed],
    };

    private static IEnumerable<TestCaseData> RefusedSteps() =>
        from state in Enum.GetValues<ComplaintState>()
        from step in AllowedIn.Keys
        where !AllowedIn[step].Contains(state)
        select new TestCaseData(state, step).SetName($"In_state_{state}_the_step_{step}_is_refused_with_409");

    private static IEnumerable<TestCaseData> AllowedSteps() =>
        from step in AllowedIn.Keys
        from state in AllowedIn[step]
        select new TestCaseData(state, step).SetName($"In_state_{state}_the_step_{step}_is_taken");

    [TestCaseSource(nameof(RefusedSteps))]
    public void A_step_the_state_does_not_allow_is_refused_and_changes_nothing(ComplaintState state, string step)
    {
        var complaint = InState(state);
        var stepsBefore = complaint.Steps.Count;

        var refused = Assert.Throws<ConflictException>(() => Take(step, complaint));

        Assert.That(refused!.Status, Is.EqualTo(409));
        Assert.That(refused.Code, Is.EqualTo("step-not-allowed"));
        Assert.That(complaint.State, Is.EqualTo(state));
        Assert.That(complaint.Steps, Has.Count.EqualTo(stepsBefore));
    }

    [TestCaseSource(nameof(AllowedSteps))]
    public void A_step_the_state_allows_is_taken_and_recorded(ComplaintState state, string step)
    {
        var complaint = InState(state);
        var stepsBefore = complaint.Steps.Count;

        Assert.DoesNotThrow(() => Take(step, complaint));
        Assert.That(complaint.Steps, Has.Count.EqualTo(stepsBefore + 1));
    }

    [Test]
    public void Every_state_is_reached_by_the_builder()
    {
        foreach (var state in Enum.GetValues<ComplaintState>())
        {
            Assert.That(InState(state).State, Is.EqualTo(state));
        }
    }

    // ----- the association's decision -----

    [Test]
    public void A_dismissal_is_decided_but_makes_no_sanction()
    {
        var complaint = Investigating();
        var sanction = complaint.Decide(ComplaintOutcome.Dismissed, null, null, "证据不足", null, new DateOnly(2026, 4, 1), Notification, Handler, clock);
        Assert.That(sanction, Is.Null);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Decided));
        Assert.That((complaint.Outcome, complaint.DecisionReason, complaint.DecidedOn), Is.EqualTo(((ComplaintOutcome?)ComplaintOutcome.Dismissed, "证据不足", (DateOnly?)new DateOnly(2026, 4, 1))));
        Assert.That((complaint.DecisionSubject, complaint.Discipline), Is.EqualTo(((SubjectKind?)null, (DisciplineKind?)null)));
    }

    [Test]
    public void A_referral_is_not_a_sanction()
    {
        var complaint = Investigating();
        var sanction = complaint.Decide(ComplaintOutcome.Referral, SubjectKind.Firm, DisciplineKind.PublicCensure, "移送", null, new DateOnly(2026, 4, 1), PenaltyDecision, Handler, clock);
        Assert.That(sanction, Is.Null);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Referred));
        Assert.That(complaint.DecisionSubject, Is.EqualTo(SubjectKind.Firm));
        Assert.That(complaint.Discipline, Is.Null, "a referral decides no discipline");
    }

    [TestCase(DisciplineKind.Admonition)]
    [TestCase(DisciplineKind.Warning)]
    [TestCase(DisciplineKind.CircularCriticism)]
    [TestCase(DisciplineKind.PublicCensure)]
    [TestCase(DisciplineKind.MembershipSuspension)]
    [TestCase(DisciplineKind.MembershipRevocation)]
    public void A_discipline_makes_a_sanction_named_by_its_measure_with_the_document_number(DisciplineKind discipline)
    {
        var complaint = Investigating();
        var sanction = complaint.Decide(ComplaintOutcome.Discipline, SubjectKind.Firm, discipline, "理由", "吉律协惩〔2026〕9号", new DateOnly(2026, 4, 1), Notification, Handler, clock);
        Assert.That(sanction, Is.EqualTo(new SanctionDecision(SubjectKind.Firm, Measures.Of(discipline), "吉律协惩〔2026〕9号", new DateOnly(2026, 4, 1), null)));
        Assert.That(complaint.DecisionDocumentNumber, Is.EqualTo("吉律协惩〔2026〕9号"));
    }

    [Test]
    public void Without_a_chosen_subject_the_decision_is_on_the_lawyer_if_one_is_named_else_on_the_firm()
    {
        var both = Investigating();
        Assert.That(both.Decide(ComplaintOutcome.Discipline, null, DisciplineKind.Warning, "理由", "文号", new DateOnly(2026, 4, 1), Notification, Handler, clock)!.Subject,
            Is.EqualTo(SubjectKind.Lawyer));

        var firmOnly = Investigating(lawyerId: null, firmId: FirmId);
        Assert.That(firmOnly.Decide(ComplaintOutcome.Discipline, null, DisciplineKind.Warning, "理由", "文号", new DateOnly(2026, 4, 1), Notification, Handler, clock)!.Subject,
            Is.EqualTo(SubjectKind.Firm));
    }

    [Test]
    public void A_decision_on_a_firm_the_complaint_does_not_name_is_refused_naming_the_subject()
    {
        var complaint = Investigating(lawyerId: LawyerId, firmId: null);
        var refused = Assert.Throws<ValidationException>(() =>
            complaint.Decide(ComplaintOutcome.Discipline, SubjectKind.Firm, DisciplineKind.Warning, "理由", "文号", new DateOnly(2026, 4, 1), Notification, Handler, clock));
        Assert.That(refused!.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "subject" }));
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Investigating));
        Assert.That(complaint.Steps.Select(s => s.Kind), Does.Not.Contain(ComplaintStepKind.Decided));
    }

    [Test]
    public void A_referral_of_a_lawyer_the_complaint_does_not_name_is_refused_naming_the_subject()
    {
        var complaint = Investigating(lawyerId: null, firmId: FirmId);
        var refused = Assert.Throws<ValidationException>(() =>
            complaint.Decide(ComplaintOutcome.Referral, SubjectKind.Lawyer, null, "理由", null, new DateOnly(2026, 4, 1), PenaltyDecision, Handler, clock));
        Assert.That(refused!.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "subject" }));
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Investigating));
    }

    [Test]
    public void A_discipline_without_its_kind_is_refused_naming_the_discipline()
    {
        var complaint = Investigating();
        var refused = Assert.Throws<ValidationException>(() =>
            complaint.Decide(ComplaintOutcome.Discipline, SubjectKind.Lawyer, null, "理由", "文号", new DateOnly(2026, 4, 1), Notification, Handler, clock));
        Assert.That(refused!.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "discipline" }));
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Investigating));
    }

    // ----- the bureau's penalty -----

    [TestCase(3)]
    [TestCase(12)]
    public void A_suspension_of_a_lawyer_makes_a_sanction_effective_until_the_months_have_passed(int months)
    {
        var complaint = Referred(SubjectKind.Lawyer);
        var sanction = complaint.DecidePenalty(PenaltyKind.PracticeSuspension, null, months, "罚1号", new DateOnly(2026, 6, 10), null, Notification, Staff, clock);
        Assert.That(sanction, Is.EqualTo(new SanctionDecision(SubjectKind.Lawyer, "Penalty:PracticeSuspension", "罚1号", new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 10).AddMonths(months))));
    }

    [TestCase(1)]
    [TestCase(6)]
    public void A_rectification_of_a_firm_makes_a_sanction_effective_until_the_months_have_passed(int months)
    {
        var complaint = Referred(SubjectKind.Firm);
        var sanction = complaint.DecidePenalty(PenaltyKind.FirmRectification, null, months, "罚2号", new DateOnly(2026, 6, 10), null, Notification, Staff, clock);
        Assert.That(sanction, Is.EqualTo(new SanctionDecision(SubjectKind.Firm, "Penalty:FirmRectification", "罚2号", new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 10).AddMonths(months))));
    }

    [Test]
    public void A_fine_makes_a_sanction_without_a_period_and_keeps_its_amount()
    {
        var complaint = Referred(SubjectKind.Firm);
        var sanction = complaint.DecidePenalty(PenaltyKind.Fine, 30000m, null, "罚3号", new DateOnly(2026, 6, 10), null, Notification, Staff, clock);
        Assert.That(sanction, Is.EqualTo(new SanctionDecision(SubjectKind.Firm, "Penalty:Fine", "罚3号", new DateOnly(2026, 6, 10), null)));
        Assert.That(complaint.PenaltyAmount, Is.EqualTo(30000m));
    }

    [Test]
    public void No_penalty_is_a_decision_without_a_sanction()
    {
        var complaint = Referred(SubjectKind.Lawyer);
        var sanction = complaint.DecidePenalty(PenaltyKind.NoPenalty, null, null, "不罚1号", new DateOnly(2026, 6, 10), "情节轻微", Notification, Staff, clock);
        Assert.That(sanction, Is.Null);
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Decided));
        Assert.That(complaint.Penalty, Is.EqualTo(PenaltyKind.NoPenalty));
        Assert.That(complaint.Steps[^1].Kind, Is.EqualTo(ComplaintStepKind.PenaltyDecided));
    }

    [TestCase(SubjectKind.Lawyer, PenaltyKind.LicenceRevocation)]
    [TestCase(SubjectKind.Lawyer, PenaltyKind.FirmRectification)]
    [TestCase(SubjectKind.Firm, PenaltyKind.PracticeSuspension)]
    [TestCase(SubjectKind.Firm, PenaltyKind.CertificateRevocation)]
    public void A_penalty_for_the_other_kind_of_subject_is_refused_naming_the_kind(SubjectKind referred, PenaltyKind penalty)
    {
        var complaint = Referred(referred);
        var stepsBefore = complaint.Steps.Count;
        var refused = Assert.Throws<ValidationException>(() =>
            complaint.DecidePenalty(penalty, null, 3, "罚4号", new DateOnly(2026, 6, 10), null, Notification, Staff, clock));
        Assert.That(refused!.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "penalty" }));
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Referred));
        Assert.That(complaint.Penalty, Is.Null);
        Assert.That(complaint.Steps, Has.Count.EqualTo(stepsBefore));
    }

    // ----- deadlines -----

    [Test]
    public void Each_step_with_a_deadline_waits_for_it_and_clears_the_overdue_mark()
    {
        var complaint = File();
        AssertWaitsFor(complaint, Acceptance);

        MarkOverdue(complaint);
        complaint.Accept(Handler, null, Investigation, Staff, clock);
        AssertWaitsFor(complaint, Investigation);

        MarkOverdue(complaint);
        complaint.Decide(ComplaintOutcome.Referral, null, null, "移送", null, new DateOnly(2026, 4, 1), PenaltyDecision, Handler, clock);
        AssertWaitsFor(complaint, PenaltyDecision);

        MarkOverdue(complaint);
        complaint.DecidePenalty(PenaltyKind.Warning, null, null, "罚5号", new DateOnly(2026, 6, 1), null, Notification, Staff, clock);
        AssertWaitsFor(complaint, Notification);

        MarkOverdue(complaint);
        complaint.Notify(NotificationChannel.Email, new DateOnly(2026, 6, 2), null, Staff, clock);
        Assert.That((complaint.DeadlineStep, complaint.DueOn, complaint.Overdue), Is.EqualTo(((string?)null, (DateOnly?)null, false)));

        complaint.Close(null, Staff, clock);
        Assert.That((complaint.DeadlineStep, complaint.DueOn, complaint.Overdue), Is.EqualTo(((string?)null, (DateOnly?)null, false)));

        complaint.Reopen("复查", Investigation, Staff, clock);
        AssertWaitsFor(complaint, Investigation);
    }

    [Test]
    public void Rejection_and_a_dismissal_wait_for_the_complainant_to_be_told()
    {
        var rejected = File();
        MarkOverdue(rejected);
        rejected.Reject("不属于管辖范围", Notification, Staff, clock);
        AssertWaitsFor(rejected, Notification);

        var dismissed = Investigating();
        MarkOverdue(dismissed);
        dismissed.Decide(ComplaintOutcome.Dismissed, null, null, "不予处分", null, new DateOnly(2026, 4, 1), Notification, Handler, clock);
        AssertWaitsFor(dismissed, Notification);
    }

    [Test]
    public void A_note_or_an_attachment_does_not_stop_the_clock()
    {
        var complaint = Investigating();
        MarkOverdue(complaint);
        complaint.AddNote("继续调查", Handler, clock);
        complaint.RecordAttachment("笔录.pdf", Handler, clock);
        Assert.That((complaint.DeadlineStep, complaint.DueOn, complaint.Overdue), Is.EqualTo(((string?)Investigation.Step, (DateOnly?)Investigation.DueOn, true)));
    }

    [Test]
    public void A_complaint_is_overdue_only_after_its_due_day_and_is_marked_once()
    {
        var complaint = File();
        var stepsBefore = complaint.Steps.Count;

        Assert.That(complaint.MarkOverdue(Acceptance.DueOn.AddDays(-1), Job, clock), Is.False);
        Assert.That(complaint.MarkOverdue(Acceptance.DueOn, Job, clock), Is.False, "the due day itself is still in time");
        Assert.That(complaint.Overdue, Is.False);
        Assert.That(complaint.Steps, Has.Count.EqualTo(stepsBefore));

        Assert.That(complaint.MarkOverdue(Acceptance.DueOn.AddDays(1), Job, clock), Is.True);
        Assert.That(complaint.Overdue, Is.True);
        Assert.That(complaint.Steps, Has.Count.EqualTo(stepsBefore + 1));
        var overdue = complaint.Steps[^1];
        Assert.That((overdue.Kind, overdue.ActorId, overdue.ActorName, overdue.Note, overdue.At), Is.EqualTo(
            (ComplaintStepKind.Overdue, "system:overdue", "逾期检查", (string?)DeadlineSteps.ComplaintAcceptance, Start)));

        Assert.That(complaint.MarkOverdue(Acceptance.DueOn.AddDays(2), Job, clock), Is.False);
        Assert.That(complaint.Steps, Has.Count.EqualTo(stepsBefore + 1));
        Assert.That(complaint.State, Is.EqualTo(ComplaintState.Received), "being overdue is a mark, not a state");
    }

    [Test]
    public void The_next_step_may_be_marked_overdue_again_against_its_own_deadline()
    {
        var complaint = File();
        MarkOverdue(complaint);
        complaint.Accept(Handler, null, Investigation, Staff, clock);

        Assert.That(complaint.MarkOverdue(Investigation.DueOn, Job, clock), Is.False);
        Assert.That(complaint.MarkOverdue(Investigation.DueOn.AddDays(1), Job, clock), Is.True);
        Assert.That(complaint.Steps.Where(s => s.Kind == ComplaintStepKind.Overdue).Select(s => s.Note), Is.EqualTo(new[]
        {
            DeadlineSteps.ComplaintAcceptance, DeadlineSteps.ComplaintInvestigation,
        }));
    }

    [Test]
    public void A_complaint_without_a_deadline_is_never_overdue()
    {
        var complaint = InState(ComplaintState.Notified);
        Assert.That(complaint.MarkOverdue(new DateOnly(2099, 1, 1), Job, clock), Is.False);
        complaint.Close(null, Staff, clock);
        Assert.That(complaint.MarkOverdue(new DateOnly(2099, 1, 1), Job, clock), Is.False);
        Assert.That(complaint.Overdue, Is.False);
    }

    // ----- a second decision after reopening -----

    // Reported: Complaint.Decide (and DecidePenalty/Reopen) never clear the fields of an earlier decision,
    // so after 复查 the details show the new outcome next to the old discipline (or the old penalty).
    [Test]
    public void A_decision_after_reopening_replaces_the_earlier_one()
    {
        var complaint = Investigating();
        complaint.Decide(ComplaintOutcome.Discipline, SubjectKind.Lawyer, DisciplineKind.Warning, "警告", "惩1号", new DateOnly(2026, 4, 1), Notification, Handler, clock);
        complaint.Notify(NotificationChannel.Sms, new DateOnly(2026, 4, 2), null, Handler, clock);
        complaint.Close(null, Handler, clock);
        complaint.Reopen("复查", Investigation, Staff, clock);

        complaint.Decide(ComplaintOutcome.Referral, SubjectKind.Lawyer, null, "移送", null, new DateOnly(2026, 5, 1), PenaltyDecision, Handler, clock);

        Assert.That(complaint.Outcome, Is.EqualTo(ComplaintOutcome.Referral));
        Assert.That(complaint.Discipline, Is.Null, "the reopened case was referred, not disciplined");
    }

    // ----- builders -----

    private Complaint File(Guid? lawyerId, Guid? firmId) => Complaint.File(
        ComplaintChannel.Public, "TS2026-5F3A9C", "hash-of-lookup-code", "赵投诉", "13812345678", lawyerId, firmId, "张三 / 吉林正道律师事务所",
        "220104", "违规收费", "律师收取了合同外的费用。", Complainant, Acceptance, clock);

    private Complaint File() => File(LawyerId, FirmId);

    private Complaint Investigating(Guid? lawyerId, Guid? firmId)
    {
        var complaint = File(lawyerId, firmId);
        complaint.Accept(Handler, null, Investigation, Staff, clock);
        return complaint;
    }

    private Complaint Investigating() => Investigating(LawyerId, FirmId);

    private Complaint Referred(SubjectKind subject)
    {
        var complaint = Investigating();
        complaint.Decide(ComplaintOutcome.Referral, subject, null, "移送", null, new DateOnly(2026, 4, 1), PenaltyDecision, Handler, clock);
        return complaint;
    }

    private Complaint InState(ComplaintState state)
    {
        switch (state)
        {
            case ComplaintState.Received:
                return File();
            case ComplaintState.Rejected:
                var rejected = File();
                rejected.Reject("不予受理", Notification, Staff, clock);
                return rejected;
            case ComplaintState.Investigating:
                return Investigating();
            case ComplaintState.Referred:
                return Referred(SubjectKind.Lawyer);
            case ComplaintState.Decided:
                var decided = Investigating();
                decided.Decide(ComplaintOutcome.Dismissed, null, null, "不予处分", null, new DateOnly(2026, 4, 1), Notification, Handler, clock);
                return decided;
            case ComplaintState.Notified:
                var notified = InState(ComplaintState.Decided);
                notified.Notify(NotificationChannel.Sms, new DateOnly(2026, 4, 2), null, Handler, clock);
                return notified;
            case ComplaintState.Closed:
                var closed = InState(ComplaintState.Notified);
                closed.Close(null, Handler, clock);
                return closed;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }
    }

    private void Take(string step, Complaint complaint)
    {
        switch (step)
        {
            case "Accept":
                complaint.Accept(Handler, null, Investigation, Staff, clock);
                break;
            case "Reject":
                complaint.Reject("理由", Notification, Staff, clock);
                break;
            case "AddNote":
                complaint.AddNote("记录", Handler, clock);
                break;
            case "RecordAttachment":
                complaint.RecordAttachment("材料.pdf", Handler, clock);
                break;
            case "Decide":
                complaint.Decide(ComplaintOutcome.Dismissed, null, null, "理由", null, new DateOnly(2026, 4, 1), Notification, Handler, clock);
                break;
            case "DecidePenalty":
                complaint.DecidePenalty(PenaltyKind.Warning, null, null, "罚号", new DateOnly(2026, 6, 1), null, Notification, Staff, clock);
                break;
            case "Notify":
                complaint.Notify(NotificationChannel.Sms, new DateOnly(2026, 4, 2), null, Handler, clock);
                break;
            case "Close":
                complaint.Close(null, Handler, clock);
                break;
            case "Reopen":
                complaint.Reopen("复查", Investigation, Staff, clock);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }

    private void MarkOverdue(Complaint complaint) =>
        Assert.That(complaint.MarkOverdue(complaint.DueOn!.Value.AddDays(1), Job, clock), Is.True);

    private static void AssertWaitsFor(Complaint complaint, Deadline deadline) =>
        Assert.That((complaint.DeadlineStep, complaint.DueOn, complaint.Overdue), Is.EqualTo(((string?)deadline.Step, (DateOnly?)deadline.DueOn, false)));

    private void Tick() => clock.Advance(TimeSpan.FromHours(1));
}
