namespace LawyerWork.Modules.Supervision.Domain;

/// <summary>One entry in a case's history (complaint or rights case): what happened, when, by whom, and its note.</summary>
public sealed class CaseStep<TKind>
    where TKind : struct, Enum
{
    private CaseStep()
    {
    }

    internal CaseStep(Guid id, TKind kind, DateTimeOffset at, StepActor actor, string? note)
    {
        Id = id;
        Kind = kind;
        At = at;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public TKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public string? Note { get; private set; }
}
