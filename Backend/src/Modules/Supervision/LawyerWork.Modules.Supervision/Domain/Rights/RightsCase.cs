using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Supervision.Domain.Complaints;

namespace LawyerWork.Modules.Supervision.Domain.Rights;

/// <summary>
/// 维护执业权利: a lawyer reports that an authority obstructed their practice; the association's
/// rights-protection centre accepts it, coordinates with the authority, answers the lawyer and closes
/// the case with the lawyer's satisfaction. Every step is kept in the history.
/// </summary>
public sealed class RightsCase : SupervisedCase<RightsCaseState, RightsStepKind>
{
    private RightsCase()
    {
    }

    public Guid LawyerId { get; private set; }

    public string LawyerName { get; private set; } = "";

    public Guid? FirmId { get; private set; }

    public ObstructionKind Obstruction { get; private set; }

    /// <summary>The authority involved (e.g. 某某县看守所, 某某区人民法院).</summary>
    public string Authority { get; private set; } = "";

    public DateOnly OccurredOn { get; private set; }

    public string Account { get; private set; } = "";

    public string? Answer { get; private set; }

    public Satisfaction? Satisfaction { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    protected override RightsStepKind OverdueStep => RightsStepKind.Overdue;

    public static RightsCase Report(
        string receiptNumber, Guid lawyerId, string lawyerName, Guid? firmId, string regionCode, ObstructionKind obstruction,
        string authority, DateOnly occurredOn, string account, StepActor actor, Deadline acceptance, TimeProvider clock)
    {
        var report = new RightsCase
        {
            Id = NewId.Create(clock),
            ReceiptNumber = receiptNumber,
            LawyerId = lawyerId,
            LawyerName = lawyerName,
            FirmId = firmId,
            RegionCode = regionCode,
            Obstruction = obstruction,
            Authority = authority,
            OccurredOn = occurredOn,
            Account = account,
            State = RightsCaseState.Received,
            ReportedAt = clock.GetUtcNow(),
        };
        report.Wait(acceptance);
        report.Record(RightsStepKind.Reported, actor, null, clock);
        return report;
    }

    public void Accept(StepActor handler, string? note, Deadline coordination, StepActor actor, TimeProvider clock)
    {
        Require(RightsCaseState.Received, "受理");
        HandlerId = handler.Id;
        HandlerName = handler.Name;
        State = RightsCaseState.Accepted;
        Wait(coordination);
        Record(RightsStepKind.Accepted, actor, note, clock);
    }

    public void Reject(string reason, StepActor actor, TimeProvider clock)
    {
        Require(RightsCaseState.Received, "不予受理");
        State = RightsCaseState.Rejected;
        Answer = reason;
        Wait(null);
        Record(RightsStepKind.Rejected, actor, reason, clock);
    }

    /// <summary>A contact with the authority; may be recorded several times while the case is open.</summary>
    public void Coordinate(string note, StepActor actor, TimeProvider clock)
    {
        if (State is not (RightsCaseState.Accepted or RightsCaseState.Coordinating))
        {
            throw StepNotAllowed.In(State, "协调");
        }

        State = RightsCaseState.Coordinating;
        Record(RightsStepKind.Coordinated, actor, note, clock);
    }

    public void AnswerLawyer(string answer, StepActor actor, TimeProvider clock)
    {
        if (State is not (RightsCaseState.Accepted or RightsCaseState.Coordinating))
        {
            throw StepNotAllowed.In(State, "答复");
        }

        Answer = answer;
        State = RightsCaseState.Answered;
        Wait(null);
        Record(RightsStepKind.Answered, actor, answer, clock);
    }

    public void Close(Satisfaction satisfaction, string? note, StepActor actor, TimeProvider clock)
    {
        Require(RightsCaseState.Answered, "办结");
        Satisfaction = satisfaction;
        State = RightsCaseState.Closed;
        ClosedAt = clock.GetUtcNow();
        Record(RightsStepKind.Closed, actor, note, clock);
    }
}
