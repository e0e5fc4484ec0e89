using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Domain.Governance;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Governance;

public sealed record MemberView(Guid Id, Guid LawyerId, string LawyerName, CommitteeRole Role, DateOnly TermFrom, DateOnly TermUntil, bool Serving);

public sealed record CommitteeDetails(Guid Id, string RegionCode, string Name, string Description, IReadOnlyList<MemberView> Members, long Version);

/// <summary>Forms a specialised committee 专业委员会 of the caller's association (or, with an id, renames it).</summary>
public sealed record FormCommitteeCommand(string? Name, string? Description) : ICommand<CommitteeDetails>
{
    [JsonIgnore]
    public Guid? CommitteeId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

public sealed record AppointMemberCommand(Guid? LawyerId, CommitteeRole? Role, DateOnly? TermFrom, DateOnly? TermUntil) : ICommand<CommitteeDetails>
{
    [JsonIgnore]
    public Guid CommitteeId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

public sealed record EndTermCommand(DateOnly? EndsOn) : ICommand<CommitteeDetails>
{
    [JsonIgnore]
    public Guid CommitteeId { get; init; }

    [JsonIgnore]
    public Guid MemberId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

/// <summary>The committees of the caller's region, with their members (who is serving today marked).</summary>
public sealed record CommitteesQuery : IQuery<IReadOnlyList<CommitteeDetails>>;

public sealed record CommitteeQuery(Guid Id) : IQuery<CommitteeDetails>;

internal static class CommitteeViews
{
    public static CommitteeDetails Details(Committee c, DateOnly today) => new(
        c.Id, c.RegionCode, c.Name, c.Description,
        c.Members.OrderBy(m => m.Role).ThenBy(m => m.LawyerName)
            .Select(m => new MemberView(m.Id, m.LawyerId, m.LawyerName, m.Role, m.TermFrom, m.TermUntil, m.IsServingOn(today))).ToList(),
        c.Version);

    public static async Task<Committee> VisibleCommitteeAsync(this SupervisionDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken)
    {
        var committee = await db.Committees.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return committee is not null && scope.Covers(committee.RegionCode) ? committee : throw new NotFoundException("未找到该专业委员会。", "No such committee.");
    }

    /// <summary>A change to a member is a child row; the committee's version still moves, so its ETag tells a reader.</summary>
    public static void Touch(this SupervisionDbContext db, Committee committee) =>
        db.Entry(committee).Property(nameof(Committee.Version)).IsModified = true;
}

public sealed class FormCommitteeValidator : AbstractValidator<FormCommitteeCommand>
{
    public FormCommitteeValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).WithMessage(_ => Bilingual.Text("请填写委员会名称（不超过 100 字）。", "Name the committee (at most 100 characters)."));
        RuleFor(c => c.Description).MaximumLength(2000);
    }
}

public sealed class FormCommitteeHandler(SupervisionDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<FormCommitteeCommand, CommitteeDetails>
{
    public async ValueTask<CommitteeDetails> Handle(FormCommitteeCommand command, CancellationToken cancellationToken)
    {
        Committee committee;
        if (command.CommitteeId is { } id)
        {
            committee = await db.VisibleCommitteeAsync(id, user.Scope, cancellationToken);
            committee.EnsureVersion(command.ExpectedVersion!.Value);
            committee.Rename(command.Name!.Trim(), command.Description?.Trim() ?? "");
        }
        else
        {
            var region = user.Scope.RegionCode ?? throw new OutsideCaseScopeException();
            committee = Committee.Form(region, command.Name!.Trim(), command.Description?.Trim() ?? "", clock);
            db.Committees.Add(committee);
        }

        if (await db.Committees.AnyAsync(c => c.Id != committee.Id && c.RegionCode == committee.RegionCode && c.Name == committee.Name, cancellationToken))
        {
            throw new ConflictException("committee-exists", "本会已有同名专业委员会。", "The association already has a committee of that name.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommitteeViews.Details(committee, ShanghaiClock.Today(clock));
    }
}

public sealed class AppointMemberValidator : AbstractValidator<AppointMemberCommand>
{
    public AppointMemberValidator()
    {
        RuleFor(c => c.LawyerId).NotNull().WithMessage(_ => Bilingual.Text("请选择律师。", "Choose the lawyer."));
        RuleFor(c => c.Role).NotNull().WithMessage(_ => Bilingual.Text("请选择职务。", "Choose the role."));
        RuleFor(c => c.TermFrom).NotNull();
        RuleFor(c => c.TermUntil).NotNull().Must((c, until) => c.TermFrom is null || until > c.TermFrom)
            .WithMessage(_ => Bilingual.Text("任期结束须晚于开始。", "The term must end after it starts."));
    }
}

public sealed class AppointMemberHandler(SupervisionDbContext db, IRegistryReader registry, ICurrentUser user, TimeProvider clock) : ICommandHandler<AppointMemberCommand, CommitteeDetails>
{
    public async ValueTask<CommitteeDetails> Handle(AppointMemberCommand command, CancellationToken cancellationToken)
    {
        var committee = await db.VisibleCommitteeAsync(command.CommitteeId, user.Scope, cancellationToken);
        committee.EnsureVersion(command.ExpectedVersion);
        var lawyer = (await registry.LawyersAsync([command.LawyerId!.Value], cancellationToken)).SingleOrDefault()
            ?? throw InvalidField.Exception("lawyerId", Bilingual.Text("没有该律师。", "No such lawyer."));
        committee.Appoint(lawyer.Id, lawyer.Name, command.Role!.Value, command.TermFrom!.Value, command.TermUntil!.Value, clock);
        db.Touch(committee);
        await db.SaveChangesAsync(cancellationToken);
        return CommitteeViews.Details(committee, ShanghaiClock.Today(clock));
    }
}

public sealed class EndTermValidator : AbstractValidator<EndTermCommand>
{
    public EndTermValidator() => RuleFor(c => c.EndsOn).NotNull();
}

public sealed class EndTermHandler(SupervisionDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<EndTermCommand, CommitteeDetails>
{
    public async ValueTask<CommitteeDetails> Handle(EndTermCommand command, CancellationToken cancellationToken)
    {
        var committee = await db.VisibleCommitteeAsync(command.CommitteeId, user.Scope, cancellationToken);
        committee.EnsureVersion(command.ExpectedVersion);
        committee.EndTerm(command.MemberId, command.EndsOn!.Value);
        db.Touch(committee);
        await db.SaveChangesAsync(cancellationToken);
        return CommitteeViews.Details(committee, ShanghaiClock.Today(clock));
    }
}

public sealed class CommitteesHandler(SupervisionDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<CommitteesQuery, IReadOnlyList<CommitteeDetails>>
{
    public async ValueTask<IReadOnlyList<CommitteeDetails>> Handle(CommitteesQuery query, CancellationToken cancellationToken)
    {
        if (user.Scope.RegionRange() is not (var from, var to))
        {
            return [];
        }

        var today = ShanghaiClock.Today(clock);
        var committees = await db.Committees.AsNoTracking().Include(c => c.Members)
            .Where(c => string.Compare(c.RegionCode, from) >= 0 && string.Compare(c.RegionCode, to) <= 0)
            .OrderBy(c => c.RegionCode).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        return committees.Select(c => CommitteeViews.Details(c, today)).ToList();
    }
}

public sealed class CommitteeHandler(SupervisionDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<CommitteeQuery, CommitteeDetails>
{
    public async ValueTask<CommitteeDetails> Handle(CommitteeQuery query, CancellationToken cancellationToken) =>
        CommitteeViews.Details(await db.VisibleCommitteeAsync(query.Id, user.Scope, cancellationToken), ShanghaiClock.Today(clock));
}
