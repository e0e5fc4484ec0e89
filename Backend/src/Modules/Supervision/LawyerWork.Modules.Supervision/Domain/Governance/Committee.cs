using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Persistence;

namespace LawyerWork.Modules.Supervision.Domain.Governance;

public enum CommitteeRole
{
    Director,       // 主任
    DeputyDirector, // 副主任
    Member,         // 委员
    Secretary,      // 秘书长
}

/// <summary>A lawyer on a committee for a term.</summary>
public sealed class CommitteeMember
{
    private CommitteeMember()
    {
    }

    internal CommitteeMember(Guid id, Guid lawyerId, string lawyerName, CommitteeRole role, DateOnly termFrom, DateOnly termUntil)
    {
        Id = id;
        LawyerId = lawyerId;
        LawyerName = lawyerName;
        Role = role;
        TermFrom = termFrom;
        TermUntil = termUntil;
    }

    public Guid Id { get; private set; }

    public Guid CommitteeId { get; private set; }

    public Guid LawyerId { get; private set; }

    public string LawyerName { get; private set; } = "";

    public CommitteeRole Role { get; private set; }

    public DateOnly TermFrom { get; private set; }

    /// <summary>The first day after the term.</summary>
    public DateOnly TermUntil { get; private set; }

    public bool IsServingOn(DateOnly day) => TermFrom <= day && day < TermUntil;

    internal void EndOn(DateOnly day) => TermUntil = day;
}

/// <summary>专业委员会: a specialised committee of the association and its members with their terms.</summary>
public sealed class Committee : IVersioned
{
    private readonly List<CommitteeMember> members = [];

    private Committee()
    {
    }

    public Guid Id { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public long Version { get; private set; }

    public IReadOnlyList<CommitteeMember> Members => members;

    public static Committee Form(string regionCode, string name, string description, TimeProvider clock) =>
        new() { Id = NewId.Create(clock), RegionCode = regionCode, Name = name, Description = description };

    public void Rename(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>Appoints a lawyer for a term; a lawyer serves once at a time on a committee, and it has one director at a time.</summary>
    public CommitteeMember Appoint(Guid lawyerId, string lawyerName, CommitteeRole role, DateOnly from, DateOnly until, TimeProvider clock)
    {
        if (until <= from)
        {
            throw InvalidField.Exception("termUntil", Bilingual.Text("任期结束须晚于开始。", "The term must end after it starts."));
        }

        if (members.Any(m => m.LawyerId == lawyerId && m.TermFrom < until && from < m.TermUntil))
        {
            throw new ConflictException("already-member", "该律师在此期间已是本委员会成员。", "The lawyer is already on the committee in that period.");
        }

        if (role == CommitteeRole.Director && members.Any(m => m.Role == CommitteeRole.Director && m.TermFrom < until && from < m.TermUntil))
        {
            throw new ConflictException("director-taken", "该期间已有主任。", "The committee already has a director in that period.");
        }

        var member = new CommitteeMember(NewId.Create(clock), lawyerId, lawyerName, role, from, until);
        members.Add(member);
        return member;
    }

    /// <summary>Ends a member's term early (resignation, removal), on the given day.</summary>
    public void EndTerm(Guid memberId, DateOnly on)
    {
        var member = members.FirstOrDefault(m => m.Id == memberId) ?? throw new NotFoundException("未找到该委员。", "No such member.");
        if (on < member.TermFrom || on >= member.TermUntil)
        {
            throw InvalidField.Exception("endsOn", Bilingual.Text("结束日期须在任期之内。", "The end must fall within the term."));
        }

        member.EndOn(on);
    }
}
