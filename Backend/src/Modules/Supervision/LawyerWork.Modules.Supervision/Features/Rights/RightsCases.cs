using LawyerWork.BuildingBlocks.Time;
using System.Linq.Expressions;
using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Deadlines;
using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Domain.Rights;
using LawyerWork.Modules.Supervision.Features.Complaints;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Rights;

public sealed record RightsCaseSummary(
    Guid Id, string ReceiptNumber, Guid LawyerId, string LawyerName, string RegionCode, ObstructionKind Obstruction, string Authority,
    DateOnly OccurredOn, RightsCaseState State, string? HandlerName, string? DeadlineStep, DateOnly? DueOn, int? DaysLeft, bool Overdue,
    DateTimeOffset ReportedAt, long Version);

public sealed record RightsCaseDetails(
    Guid Id, string ReceiptNumber, Guid LawyerId, string LawyerName, Guid? FirmId, string RegionCode, ObstructionKind Obstruction, string Authority,
    DateOnly OccurredOn, string Account, RightsCaseState State, string? HandlerId, string? HandlerName, string? DeadlineStep, DateOnly? DueOn,
    int? DaysLeft, bool Overdue, string? Answer, Satisfaction? Satisfaction, DateTimeOffset ReportedAt, DateTimeOffset? ClosedAt,
    IReadOnlyList<CaseStepView> Steps, long Version);

/// <summary>A lawyer reports an obstruction; staff of the association may report for a lawyer (lawyerId).</summary>
public sealed record ReportObstructionCommand(Guid? LawyerId, ObstructionKind? Obstruction, string? Authority, DateOnly? OccurredOn, string? Account)
    : ICommand<RightsCaseDetails>;

public interface IRightsFilter
{
    RightsCaseState? State { get; }

    string? RegionCode { get; }

    bool? Overdue { get; }

    ObstructionKind? Obstruction { get; }

    Guid? LawyerId { get; }

    string? Handler { get; }

    DateOnly? ReportedFrom { get; }

    DateOnly? ReportedTo { get; }
}

public sealed record RightsLedgerQuery(
    RightsCaseState? State, string? RegionCode, bool? Overdue, ObstructionKind? Obstruction, Guid? LawyerId, string? Handler, DateOnly? ReportedFrom, DateOnly? ReportedTo,
    int? Page, int? PageSize, string? Sort, string? Cursor) : IQuery<ListPage<RightsCaseSummary>>, IPageRequest, IRightsFilter;

public sealed record ExportRightsCasesQuery(
    string? Format, RightsCaseState? State, string? RegionCode, bool? Overdue, ObstructionKind? Obstruction, Guid? LawyerId, string? Handler, DateOnly? ReportedFrom, DateOnly? ReportedTo)
    : IQuery<IAsyncEnumerable<RightsCaseSummary>>, IRightsFilter;

public sealed record RightsCaseQuery(Guid Id) : IQuery<RightsCaseDetails>;

public enum RightsTransition
{
    Acceptance,
    Rejection,
    Coordination,
    Answer,
    Closure,
}

/// <summary>A step on a rights case: acceptance (note), rejection (reason), coordination (note), answer (answer), closure (satisfaction, note).</summary>
public sealed record RightsStepCommand(string? Note, string? Reason, string? Answer, Satisfaction? Satisfaction) : ICommand<RightsCaseDetails>
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }

    [JsonIgnore]
    public RightsTransition Transition { get; init; }
}

internal static class RightsViews
{
    public static readonly SortableFields<RightsCase> Sort = new SortableFields<RightsCase>(r => r.Id)
        .Add("reportedAt", r => r.ReportedAt, isDefault: true, descending: true)
        .Add("dueOn", r => r.DueOn);

    public static Expression<Func<RightsCase, RightsCaseSummary>> Summary(DateOnly today, CaseDeadlines deadlines) => r => new RightsCaseSummary(
        r.Id, r.ReceiptNumber, r.LawyerId, r.LawyerName, r.RegionCode, r.Obstruction, r.Authority, r.OccurredOn, r.State, r.HandlerName,
        r.DeadlineStep, r.DueOn, deadlines.DaysLeft(r.DeadlineStep, r.DueOn, today), r.Overdue, r.ReportedAt, r.Version);

    /// <summary>A region scope sees its subtree's cases; a lawyer sees their own; others none.</summary>
    public static IQueryable<RightsCase> VisibleTo(this IQueryable<RightsCase> cases, DataScope scope)
    {
        if (scope.Kind == DataScopeKind.Self)
        {
            return cases.Where(r => r.LawyerId == scope.PersonId);
        }

        if (scope.RegionRange() is not (var from, var to))
        {
            return cases.Where(_ => false);
        }

        return cases.Where(r => string.Compare(r.RegionCode, from) >= 0 && string.Compare(r.RegionCode, to) <= 0);
    }

    public static async Task<RightsCase> VisibleCaseAsync(this SupervisionDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken) =>
        await db.RightsCases.VisibleTo(scope).Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw CaseScope.NotFound();

    public static RightsCaseDetails Details(RightsCase r, CaseDeadlines deadlines) => new(
        r.Id, r.ReceiptNumber, r.LawyerId, r.LawyerName, r.FirmId, r.RegionCode, r.Obstruction, r.Authority, r.OccurredOn, r.Account, r.State,
        r.HandlerId, r.HandlerName, r.DeadlineStep, r.DueOn, deadlines.DaysLeft(r.DeadlineStep, r.DueOn, deadlines.Today), r.Overdue, r.Answer,
        r.Satisfaction, r.ReportedAt, r.ClosedAt,
        r.Steps.OrderBy(s => s.At).Select(s => new CaseStepView(s.Kind.ToString(), s.At, s.ActorName, s.Note)).ToList(), r.Version);
}

public sealed class ReportObstructionValidator : AbstractValidator<ReportObstructionCommand>
{
    public ReportObstructionValidator(TimeProvider clock)
    {
        RuleFor(c => c.Obstruction).NotNull().WithMessage(_ => Bilingual.Text("请选择受阻的执业权利。", "Choose the right that was obstructed."));
        RuleFor(c => c.Authority).NotEmpty().MaximumLength(200).WithMessage(_ => Bilingual.Text("请填写涉及的机关（不超过 200 字）。", "Name the authority involved (at most 200 characters)."));
        RuleFor(c => c.OccurredOn).NotNull().Must(d => d <= ShanghaiClock.Today(clock))
            .WithMessage(_ => Bilingual.Text("请填写发生日期（不晚于今天）。", "Give the date it happened (not after today)."));
        RuleFor(c => c.Account).NotEmpty().MaximumLength(5000).WithMessage(_ => Bilingual.Text("请说明经过（不超过 5000 字）。", "Say what happened (at most 5,000 characters)."));
    }
}

public sealed class ReportObstructionHandler(SupervisionDbContext db, IRegistryReader registry, ICurrentUser user, AuditActor actor, CaseDeadlines deadlines, TimeProvider clock)
    : ICommandHandler<ReportObstructionCommand, RightsCaseDetails>
{
    public async ValueTask<RightsCaseDetails> Handle(ReportObstructionCommand command, CancellationToken cancellationToken)
    {
        // A lawyer reports for themselves; staff name the lawyer, who must be in their region.
        var lawyerId = user.Scope.Kind == DataScopeKind.Self ? user.Scope.PersonId!.Value
            : command.LawyerId ?? throw InvalidField.Exception("lawyerId", Bilingual.Text("请指明申请维权的律师。", "Name the lawyer whose rights were obstructed."));
        var lawyer = (await registry.LawyersAsync([lawyerId], cancellationToken)).SingleOrDefault()
            ?? throw InvalidField.Exception("lawyerId", Bilingual.Text("没有该律师。", "No such lawyer."));
        if (user.Scope.Kind != DataScopeKind.Self)
        {
            user.Scope.EnsureMayAct(lawyer.RegionCode);
        }

        var report = RightsCase.Report(
            CaseNumbers.Receipt("WQ", clock), lawyer.Id, lawyer.Name, lawyer.FirmId, lawyer.RegionCode, command.Obstruction!.Value, command.Authority!.Trim(),
            command.OccurredOn!.Value, command.Account!.Trim(), Actors.Of(actor), deadlines.For(DeadlineSteps.RightsAcceptance), clock);
        db.RightsCases.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return RightsViews.Details(report, deadlines);
    }
}

internal sealed class RightsFilterRules<T> : AbstractValidator<T>
    where T : IRightsFilter
{
    public RightsFilterRules()
    {
        RuleFor(q => q.RegionCode).Must(code => code is null || RegionCodes.IsWellFormed(code))
            .WithMessage(_ => Bilingual.Text("行政区划代码是六位数字。", "A region code is six digits."));
        RuleFor(q => q.ReportedTo).Must((q, to) => q.ReportedFrom is null || to is null || to >= q.ReportedFrom)
            .WithMessage(_ => Bilingual.Text("结束日期不能早于开始日期。", "The end date cannot be before the start date."));
        RuleFor(q => q.Handler).MaximumLength(100);
    }
}

public sealed class RightsLedgerValidator : AbstractValidator<RightsLedgerQuery>
{
    public RightsLedgerValidator()
    {
        Include(new RightsFilterRules<RightsLedgerQuery>());
        Include(new PageRules<RightsLedgerQuery>(RightsViews.Sort.Names));
    }
}

public sealed class ExportRightsCasesValidator : AbstractValidator<ExportRightsCasesQuery>
{
    public ExportRightsCasesValidator()
    {
        Include(new RightsFilterRules<ExportRightsCasesQuery>());
        RuleFor(q => q.Format).Must(f => f is null or "csv")
            .WithMessage(_ => Bilingual.Text("导出格式目前支持 csv。", "The export format supported is csv."));
    }
}

internal static class RightsFilters
{
    public static IQueryable<RightsCase> Matching(this IQueryable<RightsCase> cases, IRightsFilter filter)
    {
        if (filter.RegionCode is { } region)
        {
            var (from, to) = RegionCodes.SubtreeRange(region);
            cases = cases.Where(r => string.Compare(r.RegionCode, from) >= 0 && string.Compare(r.RegionCode, to) <= 0);
        }

        if (filter.State is { } state)
        {
            cases = cases.Where(r => r.State == state);
        }

        if (filter.Overdue is { } overdue)
        {
            cases = cases.Where(r => r.Overdue == overdue);
        }

        if (filter.Obstruction is { } obstruction)
        {
            cases = cases.Where(r => r.Obstruction == obstruction);
        }

        if (filter.LawyerId is { } lawyer)
        {
            cases = cases.Where(r => r.LawyerId == lawyer);
        }

        if (!string.IsNullOrWhiteSpace(filter.Handler))
        {
            cases = cases.Where(r => r.HandlerId == filter.Handler || r.HandlerName == filter.Handler);
        }

        if (filter.ReportedFrom is { } fromDay)
        {
            var start = new DateTimeOffset(fromDay.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
            cases = cases.Where(r => r.ReportedAt >= start);
        }

        if (filter.ReportedTo is { } toDay)
        {
            var end = new DateTimeOffset(toDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
            cases = cases.Where(r => r.ReportedAt < end);
        }

        return cases;
    }
}

public sealed class RightsLedgerHandler(SupervisionDbContext db, ICurrentUser user, CaseDeadlines deadlines) : IQueryHandler<RightsLedgerQuery, ListPage<RightsCaseSummary>>
{
    public async ValueTask<ListPage<RightsCaseSummary>> Handle(RightsLedgerQuery query, CancellationToken cancellationToken) =>
        await db.RightsCases.AsNoTracking().VisibleTo(user.Scope).Matching(query)
            .ToListPageAsync(query.ToPageQuery(), RightsViews.Sort, RightsViews.Summary(deadlines.Today, deadlines), cancellationToken);
}

public sealed class ExportRightsCasesHandler(SupervisionDbContext db, ICurrentUser user, CaseDeadlines deadlines)
    : IQueryHandler<ExportRightsCasesQuery, IAsyncEnumerable<RightsCaseSummary>>
{
    public ValueTask<IAsyncEnumerable<RightsCaseSummary>> Handle(ExportRightsCasesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(db.RightsCases.AsNoTracking().VisibleTo(user.Scope).Matching(query)
            .OrderByDescending(r => r.ReportedAt).ThenBy(r => r.Id)
            .Select(RightsViews.Summary(deadlines.Today, deadlines)).AsAsyncEnumerable());
}

internal static class RightsExportColumns
{
    public static IReadOnlyList<LawyerWork.BuildingBlocks.Exports.CsvColumn<RightsCaseSummary>> Columns() =>
    [
        new(Bilingual.Text("回执号", "Receipt"), r => r.ReceiptNumber),
        new(Bilingual.Text("申请时间（UTC）", "Reported (UTC)"), r => r.ReportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
        new(Bilingual.Text("律师", "Lawyer"), r => r.LawyerName),
        new(Bilingual.Text("区划代码", "Region code"), r => r.RegionCode),
        new(Bilingual.Text("受阻权利", "Obstruction"), r => r.Obstruction.ToString()),
        new(Bilingual.Text("涉及机关", "Authority"), r => r.Authority),
        new(Bilingual.Text("发生日期", "Occurred"), r => r.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new(Bilingual.Text("状态", "State"), r => r.State.ToString()),
        new(Bilingual.Text("承办人", "Handler"), r => r.HandlerName),
        new(Bilingual.Text("期限", "Due"), r => r.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new(Bilingual.Text("剩余天数", "Days left"), r => r.DaysLeft?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(Bilingual.Text("超期", "Overdue"), r => r.Overdue ? Bilingual.Text("是", "yes") : ""),
    ];
}

public sealed class RightsCaseHandler(SupervisionDbContext db, ICurrentUser user, CaseDeadlines deadlines) : IQueryHandler<RightsCaseQuery, RightsCaseDetails>
{
    public async ValueTask<RightsCaseDetails> Handle(RightsCaseQuery query, CancellationToken cancellationToken) =>
        RightsViews.Details(await db.VisibleCaseAsync(query.Id, user.Scope, cancellationToken), deadlines);
}

public sealed class RightsStepValidator : AbstractValidator<RightsStepCommand>
{
    public RightsStepValidator()
    {
        RuleFor(c => c.Note).MaximumLength(2000);
        RuleFor(c => c.Reason).MaximumLength(2000);
        RuleFor(c => c.Answer).MaximumLength(2000);
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Transition == RightsTransition.Rejection)
            .WithMessage(_ => Bilingual.Text("请说明不予受理的理由。", "Give the reason for not accepting."));
        RuleFor(c => c.Note).NotEmpty().When(c => c.Transition == RightsTransition.Coordination)
            .WithMessage(_ => Bilingual.Text("请记录协调情况。", "Record the coordination."));
        RuleFor(c => c.Answer).NotEmpty().When(c => c.Transition == RightsTransition.Answer)
            .WithMessage(_ => Bilingual.Text("请填写给律师的答复。", "Write the answer to the lawyer."));
        RuleFor(c => c.Satisfaction).NotNull().When(c => c.Transition == RightsTransition.Closure)
            .WithMessage(_ => Bilingual.Text("请记录律师的满意度。", "Record the lawyer's satisfaction."));
    }
}

public sealed class RightsStepHandler(SupervisionDbContext db, ICurrentUser user, AuditActor actor, CaseDeadlines deadlines, TimeProvider clock)
    : ICommandHandler<RightsStepCommand, RightsCaseDetails>
{
    public async ValueTask<RightsCaseDetails> Handle(RightsStepCommand command, CancellationToken cancellationToken)
    {
        var report = await db.VisibleCaseAsync(command.CaseId, user.Scope, cancellationToken);
        report.EnsureVersion(command.ExpectedVersion);
        var by = Actors.Of(actor);
        switch (command.Transition)
        {
            case RightsTransition.Acceptance:
                report.Accept(by, command.Note, deadlines.For(DeadlineSteps.RightsCoordination), by, clock);
                break;
            case RightsTransition.Rejection:
                report.Reject(command.Reason!.Trim(), by, clock);
                break;
            case RightsTransition.Coordination:
                report.Coordinate(command.Note!.Trim(), by, clock);
                break;
            case RightsTransition.Answer:
                report.AnswerLawyer(command.Answer!.Trim(), by, clock);
                break;
            case RightsTransition.Closure:
                report.Close(command.Satisfaction!.Value, command.Note, by, clock);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return RightsViews.Details(report, deadlines);
    }
}
