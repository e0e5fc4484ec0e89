using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Persistence;

namespace LawyerWork.Modules.Supervision.Domain.Governance;

public enum MeetingKind
{
    StandingCouncil,  // 常务理事会
    PresidentsOffice, // 会长办公会
}

/// <summary>Someone present: a lawyer from the register (with their id) or a member of staff (name and post only).</summary>
public sealed record Attendee(string Name, string? Post, Guid? LawyerId);

/// <summary>A decision taken at a meeting, with who carries it out and by when.</summary>
public sealed class MeetingDecision
{
    private MeetingDecision()
    {
    }

    internal MeetingDecision(Guid id, string text, string owner, DateOnly dueOn)
    {
        Id = id;
        Text = text;
        Owner = owner;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    public string Text { get; private set; } = "";

    public string Owner { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public bool IsOverdueOn(DateOnly today) => DoneOn is null && DueOn < today;

    internal void Complete(DateOnly on) => DoneOn = on;
}

/// <summary>
/// 常务理事会、会长办公会: the association's meetings with their attendees, agenda, minutes and decisions
/// (each with an owner and a due date; those past due and not done are overdue).
/// </summary>
public sealed class Meeting : IVersioned
{
    private readonly List<MeetingDecision> decisions = [];

    private Meeting()
    {
    }

    public Guid Id { get; private set; }

    public MeetingKind Kind { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public string Title { get; private set; } = "";

    public List<Attendee> Attendees { get; private set; } = [];

    public string Agenda { get; private set; } = "";

    public string? Minutes { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<MeetingDecision> Decisions => decisions;

    public static Meeting Hold(MeetingKind kind, string regionCode, DateOnly heldOn, string title, IReadOnlyList<Attendee> attendees, string agenda, string? minutes, TimeProvider clock)
    {
        var meeting = new Meeting { Id = NewId.Create(clock), Kind = kind, RegionCode = regionCode };
        meeting.Record(heldOn, title, attendees, agenda, minutes);
        return meeting;
    }

    public void Record(DateOnly heldOn, string title, IReadOnlyList<Attendee> attendees, string agenda, string? minutes)
    {
        HeldOn = heldOn;
        Title = title;
        Attendees = [.. attendees];
        Agenda = agenda;
        Minutes = minutes;
    }

    public MeetingDecision Decide(string text, string owner, DateOnly dueOn, TimeProvider clock)
    {
        var decision = new MeetingDecision(NewId.Create(clock), text, owner, dueOn);
        decisions.Add(decision);
        return decision;
    }

    public void Complete(Guid decisionId, DateOnly on)
    {
        var decision = decisions.FirstOrDefault(d => d.Id == decisionId) ?? throw new NotFoundException("未找到该决议。", "No such decision.");
        if (decision.DoneOn is not null)
        {
            throw new ConflictException("decision-done", "该决议已办结。", "That decision is already carried out.");
        }

        decision.Complete(on);
    }
}
