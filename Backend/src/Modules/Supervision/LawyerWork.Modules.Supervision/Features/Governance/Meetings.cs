using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Domain.Governance;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Governance;

public sealed record DecisionView(Guid Id, string Text, string Owner, DateOnly DueOn, DateOnly? DoneOn, bool Overdue);

public sealed record MeetingSummary(Guid Id, MeetingKind Kind, string RegionCode, DateOnly HeldOn, string Title, int Decisions, int OverdueDecisions, long Version);

public sealed record MeetingDetails(
    Guid Id, MeetingKind Kind, string RegionCode, DateOnly HeldOn, string Title, IReadOnlyList<Attendee> Attendees, string Agenda, string? Minutes,
    IReadOnlyList<DecisionView> Decisions, long Version);

public sealed record AttendeeInput(string? Name, string? Post, Guid? LawyerId);

public sealed record DecisionInput(string? Text, string? Owner, DateOnly? DueOn);

/// <summary>Records a meeting (or, with an id, corrects it); decisions given here are added to it.</summary>
public sealed record RecordMeetingCommand(
    MeetingKind? Kind, DateOnly? HeldOn, string? Title, IReadOnlyList<AttendeeInput>? Attendees, string? Agenda, string? Minutes, IReadOnlyList<DecisionInput>? Decisions)
    : ICommand<MeetingDetails>
{
    [JsonIgnore]
    public Guid? MeetingId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

public sealed record CompleteDecisionCommand(DateOnly? DoneOn) : ICommand<MeetingDetails>
{
    [JsonIgnore]
    public Guid MeetingId { get; init; }

    [JsonIgnore]
    public Guid DecisionId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

public sealed record MeetingsQuery(MeetingKind? Kind, DateOnly? From, DateOnly? To, bool? WithOverdueDecisions, int? Page, int? PageSize, string? Sort, string? Cursor)
    : IQuery<ListPage<MeetingSummary>>, IPageRequest;

public sealed record MeetingQuery(Guid Id) : IQuery<MeetingDetails>;

internal static class MeetingViews
{
    public static readonly SortableFields<Meeting> Sort = new SortableFields<Meeting>(m => m.Id).Add("heldOn", m => m.HeldOn, isDefault: true, descending: true);

    public static MeetingDetails Details(Meeting m, DateOnly today) => new(
        m.Id, m.Kind, m.RegionCode, m.HeldOn, m.Title, m.Attendees, m.Agenda, m.Minutes,
        m.Decisions.OrderBy(d => d.DueOn).Select(d => new DecisionView(d.Id, d.Text, d.Owner, d.DueOn, d.DoneOn, d.IsOverdueOn(today))).ToList(), m.Version);

    public static async Task<Meeting> VisibleMeetingAsync(this SupervisionDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Decisions).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return meeting is not null && scope.Covers(meeting.RegionCode) ? meeting : throw new NotFoundException("未找到该会议。", "No such meeting.");
    }
}

public sealed class RecordMeetingValidator : AbstractValidator<RecordMeetingCommand>
{
    public RecordMeetingValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).NotNull().WithMessage(_ => Bilingual.Text("请选择会议类型。", "Choose the kind of meeting."));
        RuleFor(c => c.HeldOn).NotNull().Must(d => d <= ShanghaiClock.Today(clock))
            .WithMessage(_ => Bilingual.Text("请填写会议日期（不晚于今天）。", "Give the date it was held (not after today)."));
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Agenda).NotEmpty().MaximumLength(5000).WithMessage(_ => Bilingual.Text("请填写议程（不超过 5000 字）。", "Write the agenda (at most 5,000 characters)."));
        RuleFor(c => c.Minutes).MaximumLength(20_000);
        RuleFor(c => c.Attendees).NotEmpty().Must(a => a is null || a.Count <= 200)
            .WithMessage(_ => Bilingual.Text("请填写出席人员（不超过 200 人）。", "List those present (at most 200)."));
        RuleForEach(c => c.Attendees).ChildRules(a =>
        {
            // A lawyer from the register is named by the register; staff by the name given.
            a.RuleFor(x => x.Name).NotEmpty().When(x => x.LawyerId is null)
                .WithMessage(_ => Bilingual.Text("请填写出席人员姓名，或从登记中选择律师。", "Give the attendee's name, or choose a lawyer from the register."));
            a.RuleFor(x => x.Name).MaximumLength(50);
            a.RuleFor(x => x.Post).MaximumLength(100);
        });
        RuleForEach(c => c.Decisions).ChildRules(d =>
        {
            d.RuleFor(x => x.Text).NotEmpty().MaximumLength(2000);
            d.RuleFor(x => x.Owner).NotEmpty().MaximumLength(100).WithMessage(_ => Bilingual.Text("请指定决议的落实责任人。", "Name who carries the decision out."));
            d.RuleFor(x => x.DueOn).NotNull().WithMessage(_ => Bilingual.Text("请填写决议的完成期限。", "Give the decision's due date."));
        });
    }
}

public sealed class RecordMeetingHandler(SupervisionDbContext db, IRegistryReader registry, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordMeetingCommand, MeetingDetails>
{
    public async ValueTask<MeetingDetails> Handle(RecordMeetingCommand command, CancellationToken cancellationToken)
    {
        // Attendees named from the register take the register's spelling of their name.
        var lawyerIds = command.Attendees!.Where(a => a.LawyerId is not null).Select(a => a.LawyerId!.Value).Distinct().ToList();
        var lawyers = (await registry.LawyersAsync(lawyerIds, cancellationToken)).ToDictionary(l => l.Id);
        if (lawyerIds.FirstOrDefault(id => !lawyers.ContainsKey(id)) is var unknown && unknown != Guid.Empty)
        {
            throw InvalidField.Exception("attendees", Bilingual.Text("出席人员中有登记中不存在的律师。", "An attendee names a lawyer the register does not hold."));
        }

        var attendees = command.Attendees!.Select(a => new Attendee(a.LawyerId is { } id ? lawyers[id].Name : a.Name!.Trim(), a.Post?.Trim(), a.LawyerId)).ToList();
        Meeting meeting;
        if (command.MeetingId is { } meetingId)
        {
            meeting = await db.VisibleMeetingAsync(meetingId, user.Scope, cancellationToken);
            meeting.EnsureVersion(command.ExpectedVersion!.Value);
            meeting.Record(command.HeldOn!.Value, command.Title!.Trim(), attendees, command.Agenda!.Trim(), command.Minutes?.Trim());
        }
        else
        {
            var region = user.Scope.RegionCode ?? throw new OutsideCaseScopeException();
            meeting = Meeting.Hold(command.Kind!.Value, region, command.HeldOn!.Value, command.Title!.Trim(), attendees, command.Agenda!.Trim(), command.Minutes?.Trim(), clock);
            db.Meetings.Add(meeting);
        }

        foreach (var decision in command.Decisions ?? [])
        {
            meeting.Decide(decision.Text!.Trim(), decision.Owner!.Trim(), decision.DueOn!.Value, clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        return MeetingViews.Details(meeting, ShanghaiClock.Today(clock));
    }
}

public sealed class CompleteDecisionValidator : AbstractValidator<CompleteDecisionCommand>
{
    public CompleteDecisionValidator(TimeProvider clock) =>
        RuleFor(c => c.DoneOn).NotNull().Must(d => d <= ShanghaiClock.Today(clock))
            .WithMessage(_ => Bilingual.Text("请填写办结日期（不晚于今天）。", "Give the date it was carried out (not after today)."));
}

public sealed class CompleteDecisionHandler(SupervisionDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CompleteDecisionCommand, MeetingDetails>
{
    public async ValueTask<MeetingDetails> Handle(CompleteDecisionCommand command, CancellationToken cancellationToken)
    {
        var meeting = await db.VisibleMeetingAsync(command.MeetingId, user.Scope, cancellationToken);
        meeting.EnsureVersion(command.ExpectedVersion);
        meeting.Complete(command.DecisionId, command.DoneOn!.Value);

        // A decision is a child row; the meeting's version still moves, so its ETag tells a reader something changed.
        db.Entry(meeting).Property(nameof(Meeting.Version)).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return MeetingViews.Details(meeting, ShanghaiClock.Today(clock));
    }
}

public sealed class MeetingsValidator : AbstractValidator<MeetingsQuery>
{
    public MeetingsValidator() => Include(new PageRules<MeetingsQuery>(MeetingViews.Sort.Names));
}

public sealed class MeetingsHandler(SupervisionDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<MeetingsQuery, ListPage<MeetingSummary>>
{
    public async ValueTask<ListPage<MeetingSummary>> Handle(MeetingsQuery query, CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(clock);
        var meetings = db.Meetings.AsNoTracking();
        meetings = user.Scope.RegionRange() is (var from, var to)
            ? meetings.Where(m => string.Compare(m.RegionCode, from) >= 0 && string.Compare(m.RegionCode, to) <= 0)
            : meetings.Where(_ => false);
        if (query.Kind is { } kind)
        {
            meetings = meetings.Where(m => m.Kind == kind);
        }

        if (query.From is { } fromDay)
        {
            meetings = meetings.Where(m => m.HeldOn >= fromDay);
        }

        if (query.To is { } toDay)
        {
            meetings = meetings.Where(m => m.HeldOn <= toDay);
        }

        if (query.WithOverdueDecisions == true)
        {
            meetings = meetings.Where(m => m.Decisions.Any(d => d.DoneOn == null && d.DueOn < today));
        }

        return await meetings.ToListPageAsync(query.ToPageQuery(), MeetingViews.Sort, m => new MeetingSummary(
            m.Id, m.Kind, m.RegionCode, m.HeldOn, m.Title, m.Decisions.Count, m.Decisions.Count(d => d.DoneOn == null && d.DueOn < today), m.Version), cancellationToken);
    }
}

public sealed class MeetingHandler(SupervisionDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<MeetingQuery, MeetingDetails>
{
    public async ValueTask<MeetingDetails> Handle(MeetingQuery query, CancellationToken cancellationToken) =>
        MeetingViews.Details(await db.VisibleMeetingAsync(query.Id, user.Scope, cancellationToken), ShanghaiClock.Today(clock));
}
