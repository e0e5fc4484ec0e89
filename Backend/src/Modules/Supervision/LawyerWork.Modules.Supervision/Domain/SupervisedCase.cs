using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Supervision.Domain.Complaints;

namespace LawyerWork.Modules.Supervision.Domain;

/// <summary>
/// What every supervised case shares (complaints, rights cases): its state, the deadline of the step it
/// waits for and the overdue mark, and the history of its steps. The state machines are the subclasses'.
/// </summary>
public abstract class SupervisedCase<TState, TStepKind> : IVersioned
    where TState : struct, Enum
    where TStepKind : struct, Enum
{
    private readonly List<CaseStep<TStepKind>> steps = [];

    public Guid Id { get; protected set; }

    public string ReceiptNumber { get; protected set; } = "";

    /// <summary>The region of the lawyer or firm concerned: who may see and handle the case.</summary>
    public string RegionCode { get; protected set; } = "";

    public TState State { get; protected set; }

    public string? HandlerId { get; protected set; }

    public string? HandlerName { get; protected set; }

    public string? DeadlineStep { get; private set; }

    public DateOnly? DueOn { get; private set; }

    /// <summary>Set by the daily overdue job when the current step's deadline passed; cleared by the next step.</summary>
    public bool Overdue { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<CaseStep<TStepKind>> Steps => steps;

    /// <summary>The daily job's mark; true when it changed something.</summary>
    public bool MarkOverdue(DateOnly today, StepActor job, TimeProvider clock)
    {
        if (Overdue || DueOn is null || DueOn >= today)
        {
            return false;
        }

        Overdue = true;
        Record(OverdueStep, job, DeadlineStep, clock);
        return true;
    }

    /// <summary>The step kind recorded when the job marks the case overdue.</summary>
    protected abstract TStepKind OverdueStep { get; }

    protected void Require(TState state, string step)
    {
        if (!EqualityComparer<TState>.Default.Equals(State, state))
        {
            throw StepNotAllowed.In(State, step);
        }
    }

    protected void Wait(Deadline? deadline)
    {
        DeadlineStep = deadline?.Step;
        DueOn = deadline?.DueOn;
        Overdue = false;
    }

    protected void Record(TStepKind kind, StepActor actor, string? note, TimeProvider clock) =>
        steps.Add(new CaseStep<TStepKind>(NewId.Create(clock), kind, clock.GetUtcNow(), actor, note));
}
