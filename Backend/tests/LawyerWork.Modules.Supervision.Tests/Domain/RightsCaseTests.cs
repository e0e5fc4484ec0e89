using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.Modules.Supervision.Deadlines;
using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using LawyerWork.Modules.Supervision.Domain.Rights;

namespace LawyerWork.Modules.Supervision.Tests.Domain;

/// <summary>The rights-protection case: report, accept, coordinate as often as needed, answer the lawyer, close.</summary>
public sealed class RightsCaseTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly StepActor Lawyer = new("lawyer-12", "张三");
    private static readonly StepActor Staff = new("u-3", "周维权");
    private static readonly StepActor Handler = new("u-4", "吴协调");
    private static readonly StepActor Job = new("system:overdue", "逾期检查");

    private static readonly Deadline Acceptance = new(DeadlineSteps.RightsAcceptance, new DateOnly(2026, 3, 4));
    private static readonly Deadline Coordination = new(DeadlineSteps.RightsCoordination, new DateOnly(2026, 3, 20));

    private FixedClock clock = null!;

    [SetUp]
    public void StartTheClock() => clock = new FixedClock(Start);

    [Test]
    public void Report_accept_coordinate_twice_answer_and_close_with_the_lawyers_satisfaction()
    {
        var report = Report();
        Assert.That(report.State, Is.EqualTo(RightsCaseState.Received));
        Assert.That(report.ReportedAt, Is.EqualTo(Start));
        Assert.That((report.DeadlineStep, report.DueOn), Is.EqualTo(((string?)DeadlineSteps.RightsAcceptance, (DateOnly?)Acceptance.DueOn)));

        Tick();
        report.Accept(Handler, "受理", Coordination, Staff, clock);
        Assert.That(report.State, Is.EqualTo(RightsCaseState.Accepted));
        Assert.That((report.HandlerId, report.HandlerName), Is.EqualTo(("u-4", "吴协调")));
        Assert.That((report.DeadlineStep, report.DueOn), Is.EqualTo(((string?)DeadlineSteps.RightsCoordination, (DateOnly?)Coordination.DueOn)));

        Tick();
        report.Coordinate("电话联系看守所", Handler, clock);
        Assert.That(report.State, Is.EqualTo(RightsCaseState.Coordinating));
        Tick();
        report.Coordinate("与看守所所长面谈", Handler, clock);
        Assert.That(report.State, Is.EqualTo(RightsCaseState.Coordinating));
        Assert.That((report.DeadlineStep, report.DueOn), Is.EqualTo(((string?)DeadlineSteps.RightsCoordination, (DateOnly?)Coordination.DueOn)),
            "coordinating does not move the deadline to answer the lawyer");

        Tick();
        report.AnswerLawyer("看守所已安排会见", Handler, clock);
        Assert.That(report.State, Is.EqualTo(RightsCaseState.Answered));
        Assert.That(report.Answer, Is.EqualTo("看守所已安排会见"));
        Assert.That((report.DeadlineStep, report.DueOn), Is.EqualTo(((string?)null, (DateOnly?)null)));

        Tick();
        report.Close(Satisfaction.Satisfied, "律师表示满意", Handler, clock);
        Assert.That(report.State, Is.EqualTo(RightsCaseState.Closed));
        Assert.That(report.Satisfaction, Is.EqualTo(Satisfaction.Satisfied));
        Assert.That(report.ClosedAt, Is.EqualTo(clock.Now));

        Assert.That(report.Steps.Select(s => (s.Kind, s.ActorId, s.Note, s.At)), Is.EqualTo(new (RightsStepKind, string, string?, DateTimeOffset)[]
        {
            (RightsStepKind.Reported, "lawyer-12", null, Start),
            (RightsStepKind.Accepted, "u-3", "受理", Start.AddHours(1)),
            (RightsStepKind.Coordinated, "u-4", "电话联系看守所", Start.AddHours(2)),
            (RightsStepKind.Coordinated, "u-4", "与看守所所长面谈", Start.AddHours(3)),
            (RightsStepKind.Answered, "u-4", "看守所已安排会见", Start.AddHours(4)),
            (RightsStepKind.Closed, "u-4", "律师表示满意", Start.AddHours(5)),
        }));
    }

    [Test]
    public void The_lawyer_may_be_answered_without_any_coordination()
    {
        var report = Accepted();
        report.AnswerLawyer("已直接答复", Handler, clock);
        Assert.That(report.State, Is.EqualTo(RightsCaseState.Answered));
    }

    [Test]
    public void A_report_is_rejected_from_received_with_its_reason_as_the_answer()
    {
        var report = Report();
        report.Reject("不属于执业权利范围", Staff, clock);
        Assert.That(report.State, Is.EqualTo(RightsCaseState.Rejected));
        Assert.That(report.Answer, Is.EqualTo("不属于执业权利范围"));
        Assert.That((report.DeadlineStep, report.DueOn, report.Overdue), Is.EqualTo(((string?)null, (DateOnly?)null, false)));
        Assert.That(report.Steps[^1].Kind, Is.EqualTo(RightsStepKind.Rejected));
        Assert.That(report.Steps[^1].Note, Is.EqualTo("不属于执业权利范围"));
    }

    [Test]
    public void Answering_a_report_not_yet_accepted_is_refused() =>
        AssertRefused(Report(), r => r.AnswerLawyer("答复", Handler, clock));

    [Test]
    public void Closing_before_the_lawyer_is_answered_is_refused()
    {
        AssertRefused(Report(), r => r.Close(Satisfaction.Satisfied, null, Handler, clock));
        AssertRefused(Accepted(), r => r.Close(Satisfaction.Satisfied, null, Handler, clock));
        var coordinating = Accepted();
        coordinating.Coordinate("协调", Handler, clock);
        AssertRefused(coordinating, r => r.Close(Satisfaction.Dissatisfied, null, Handler, clock));
    }

    [Test]
    public void Coordinating_after_the_case_is_closed_or_answered_is_refused()
    {
        AssertRefused(InState(RightsCaseState.Closed), r => r.Coordinate("协调", Handler, clock));
        AssertRefused(InState(RightsCaseState.Answered), r => r.Coordinate("协调", Handler, clock));
    }

    private static readonly Dictionary<string, RightsCaseState[]> AllowedIn = new()
    {
        ["Accept"] = [RightsCaseState.Received],
        ["Reject"] = [RightsCaseState.Received],
        ["Coordinate"] = [RightsCaseState.Accepted, RightsCaseState.Coordinating],
        ["AnswerLawyer"] = [RightsCaseState.Accepted, RightsCaseState.Coordinating],
        ["Close"] = [RightsCaseState.Answered],
    };

    private static IEnumerable<TestCaseData> RefusedSteps() =>
        from state in Enum.GetValues<RightsCaseState>()
        from step in AllowedIn.Keys
        where !AllowedIn[step].Contains(state)
        select new TestCaseData(state, step).SetName($"In_state_{state}_the_rights_step_{step}_is_refused_with_409");

    private static IEnumerable<TestCaseData> AllowedSteps() =>
        from step in AllowedIn.Keys
        from state in AllowedIn[step]
        select new TestCaseData(state, step).SetName($"In_state_{state}_the_rights_step_{step}_is_taken");

    [TestCaseSource(nameof(RefusedSteps))]
    public void A_step_the_state_does_not_allow_is_refused_and_changes_nothing(RightsCaseState state, string step) =>
        AssertRefused(InState(state), r => Take(step, r));

    [TestCaseSource(nameof(AllowedSteps))]
    public void A_step_the_state_allows_is_taken_and_recorded(RightsCaseState state, string step)
    {
        var report = InState(state);
        var stepsBefore = report.Steps.Count;
        Assert.DoesNotThrow(() => Take(step, report));
        Assert.That(report.Steps, Has.Count.EqualTo(stepsBefore + 1));
    }

    [Test]
    public void Every_state_is_reached_by_the_builder()
    {
        foreach (var state in Enum.GetValues<RightsCaseState>())
        {
            Assert.That(InState(state).State, Is.EqualTo(state));
        }
    }

    [Test]
    public void A_report_is_overdue_only_after_its_due_day_and_is_marked_once()
    {
        var report = Report();
        Assert.That(report.MarkOverdue(Acceptance.DueOn, Job, clock), Is.False);
        Assert.That(report.MarkOverdue(Acceptance.DueOn.AddDays(1), Job, clock), Is.True);
        Assert.That(report.Overdue, Is.True);
        Assert.That(report.MarkOverdue(Acceptance.DueOn.AddDays(2), Job, clock), Is.False);
        Assert.That(report.Steps.Where(s => s.Kind == RightsStepKind.Overdue).Select(s => (s.ActorId, s.Note)), Is.EqualTo(new[]
        {
            ("system:overdue", (string?)DeadlineSteps.RightsAcceptance),
        }));
    }

    [Test]
    public void Accepting_clears_the_overdue_mark_and_coordinating_does_not()
    {
        var report = Report();
        report.MarkOverdue(Acceptance.DueOn.AddDays(1), Job, clock);
        report.Accept(Handler, null, Coordination, Staff, clock);
        Assert.That(report.Overdue, Is.False);

        Assert.That(report.MarkOverdue(Coordination.DueOn.AddDays(1), Job, clock), Is.True);
        report.Coordinate("仍在协调", Handler, clock);
        Assert.That(report.Overdue, Is.True, "the lawyer is still waiting for the answer");

        report.AnswerLawyer("答复", Handler, clock);
        Assert.That(report.Overdue, Is.False);
        Assert.That(report.MarkOverdue(new DateOnly(2099, 1, 1), Job, clock), Is.False, "an answered case has no deadline");
    }

    private RightsCase Report() => RightsCase.Report(
        "WQ2026-0001", Guid.CreateVersion7(), "张三", Guid.CreateVersion7(), "220104", ObstructionKind.MeetingClient, "某某县看守所",
        new DateOnly(2026, 3, 1), "看守所以各种理由拒绝安排会见。", Lawyer, Acceptance, clock);

    private RightsCase Accepted()
    {
        var report = Report();
        report.Accept(Handler, null, Coordination, Staff, clock);
        return report;
    }

    private RightsCase InState(RightsCaseState state)
    {
        switch (state)
        {
            case RightsCaseState.Received:
                return Report();
            case RightsCaseState.Rejected:
                var rejected = Report();
                rejected.Reject("理由", Staff, clock);
                return rejected;
            case RightsCaseState.Accepted:
                return Accepted();
            case RightsCaseState.Coordinating:
                var coordinating = Accepted();
                coordinating.Coordinate("协调", Handler, clock);
                return coordinating;
            case RightsCaseState.Answered:
                var answered = Accepted();
                answered.AnswerLawyer("答复", Handler, clock);
                return answered;
            case RightsCaseState.Closed:
                var closed = InState(RightsCaseState.Answered);
                closed.Close(Satisfaction.BasicallySatisfied, null, Handler, clock);
                return closed;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }
    }

    private void Take(string step, RightsCase report)
    {
        switch (step)
        {
            case "Accept":
                report.Accept(Handler, null, Coordination, Staff, clock);
                break;
            case "Reject":
                report.Reject("理由", Staff, clock);
                break;
            case "Coordinate":
                report.Coordinate("协调", Handler, clock);
                break;
            case "AnswerLawyer":
                report.AnswerLawyer("答复", Handler, clock);
                break;
            case "Close":
                report.Close(Satisfaction.Satisfied, null, Handler, clock);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }

    private static void AssertRefused(RightsCase report, Action<RightsCase> step)
    {
        var state = report.State;
        var stepsBefore = report.Steps.Count;
        var refused = Assert.Throws<ConflictException>(() => step(report));
        Assert.That(refused!.Status, Is.EqualTo(409));
        Assert.That(refused.Code, Is.EqualTo("step-not-allowed"));
        Assert.That(report.State, Is.EqualTo(state));
        Assert.That(report.Steps, Has.Count.EqualTo(stepsBefore));
    }

    private void Tick() => clock.Advance(TimeSpan.FromHours(1));
}
