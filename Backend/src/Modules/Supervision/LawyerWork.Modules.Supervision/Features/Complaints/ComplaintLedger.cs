using System.Globalization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Complaints;

public interface IComplaintFilter
{
    ComplaintState? State { get; }

    string? RegionCode { get; }

    bool? Overdue { get; }

    string? Handler { get; }

    DateOnly? FiledFrom { get; }

    DateOnly? FiledTo { get; }

    Guid? LawyerId { get; }

    Guid? FirmId { get; }
}

/// <summary>The complaint ledger 投诉台账 of the caller's region (or a region under it), newest first.</summary>
public sealed record ComplaintLedgerQuery(
    ComplaintState? State, string? RegionCode, bool? Overdue, string? Handler, DateOnly? FiledFrom, DateOnly? FiledTo, Guid? LawyerId, Guid? FirmId,
    int? Page, int? PageSize, string? Sort, string? Cursor) : IQuery<ListPage<ComplaintSummary>>, IComplaintFilter, IPageRequest;

public sealed record ExportComplaintsQuery(
    string? Format, ComplaintState? State, string? RegionCode, bool? Overdue, string? Handler, DateOnly? FiledFrom, DateOnly? FiledTo, Guid? LawyerId, Guid? FirmId)
    : IQuery<IAsyncEnumerable<ComplaintSummary>>, IComplaintFilter;

internal sealed class ComplaintFilterRules<T> : AbstractValidator<T>
    where T : IComplaintFilter
{
    public ComplaintFilterRules()
    {
        RuleFor(q => q.RegionCode).Must(code => code is null || RegionCodes.IsWellFormed(code))
            .WithMessage(_ => Bilingual.Text("行政区划代码是六位数字。", "A region code is six digits."));
        RuleFor(q => q.FiledTo).Must((q, to) => q.FiledFrom is null || to is null || to >= q.FiledFrom)
            .WithMessage(_ => Bilingual.Text("结束日期不能早于开始日期。", "The end date cannot be before the start date."));
        RuleFor(q => q.Handler).MaximumLength(100);
    }
}

public sealed class ComplaintLedgerValidator : AbstractValidator<ComplaintLedgerQuery>
{
    public ComplaintLedgerValidator()
    {
        Include(new ComplaintFilterRules<ComplaintLedgerQuery>());
        Include(new PageRules<ComplaintLedgerQuery>(ComplaintViews.Sort.Names));
    }
}

public sealed class ExportComplaintsValidator : AbstractValidator<ExportComplaintsQuery>
{
    public ExportComplaintsValidator()
    {
        Include(new ComplaintFilterRules<ExportComplaintsQuery>());
        RuleFor(q => q.Format).Must(f => f is null or "csv")
            .WithMessage(_ => Bilingual.Text("导出格式目前支持 csv。", "The export format supported is csv."));
    }
}

internal static class ComplaintFilters
{
    public static IQueryable<Complaint> Matching(this IQueryable<Complaint> complaints, IComplaintFilter filter, DataScope scope)
    {
        // The caller's region first (nothing outside it, ever), then the region the filter narrows to.
        if (scope.RegionRange() is not (var from, var to))
        {
            return complaints.Where(_ => false);
        }

        complaints = complaints.Where(c => string.Compare(c.RegionCode, from) >= 0 && string.Compare(c.RegionCode, to) <= 0);
        if (filter.RegionCode is { } region)
        {
            var (narrowFrom, narrowTo) = RegionCodes.SubtreeRange(region);
            complaints = complaints.Where(c => string.Compare(c.RegionCode, narrowFrom) >= 0 && string.Compare(c.RegionCode, narrowTo) <= 0);
        }

        if (filter.State is { } state)
        {
            complaints = complaints.Where(c => c.State == state);
        }

        if (filter.Overdue is { } overdue)
        {
            complaints = complaints.Where(c => c.Overdue == overdue);
        }

        if (!string.IsNullOrWhiteSpace(filter.Handler))
        {
            complaints = complaints.Where(c => c.HandlerId == filter.Handler || c.HandlerName == filter.Handler);
        }

        if (filter.FiledFrom is { } fromDay)
        {
            var start = new DateTimeOffset(fromDay.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
            complaints = complaints.Where(c => c.FiledAt >= start);
        }

        if (filter.FiledTo is { } toDay)
        {
            var end = new DateTimeOffset(toDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
            complaints = complaints.Where(c => c.FiledAt < end);
        }

        if (filter.LawyerId is { } lawyer)
        {
            complaints = complaints.Where(c => c.LawyerId == lawyer);
        }

        if (filter.FirmId is { } firm)
        {
            complaints = complaints.Where(c => c.FirmId == firm);
        }

        return complaints;
    }
}

public sealed class ComplaintLedgerHandler(SupervisionDbContext db, ICurrentUser user, CaseDeadlines deadlines)
    : IQueryHandler<ComplaintLedgerQuery, ListPage<ComplaintSummary>>
{
    public async ValueTask<ListPage<ComplaintSummary>> Handle(ComplaintLedgerQuery query, CancellationToken cancellationToken) =>
        await db.Complaints.AsNoTracking().Matching(query, user.Scope)
            .ToListPageAsync(query.ToPageQuery(), ComplaintViews.Sort, ComplaintViews.Summary(deadlines.Today, deadlines), cancellationToken);
}

public sealed class ExportComplaintsHandler(SupervisionDbContext db, ICurrentUser user, CaseDeadlines deadlines)
    : IQueryHandler<ExportComplaintsQuery, IAsyncEnumerable<ComplaintSummary>>
{
    public ValueTask<IAsyncEnumerable<ComplaintSummary>> Handle(ExportComplaintsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(db.Complaints.AsNoTracking().Matching(query, user.Scope)
            .OrderByDescending(c => c.FiledAt).ThenBy(c => c.Id)
            .Select(ComplaintViews.Summary(deadlines.Today, deadlines)).AsAsyncEnumerable());
}

public sealed record ComplaintQuery(Guid Id) : IQuery<ComplaintDetails>;

public sealed class ComplaintHandler(SupervisionDbContext db, ICurrentUser user, CaseDeadlines deadlines) : IQueryHandler<ComplaintQuery, ComplaintDetails>
{
    public async ValueTask<ComplaintDetails> Handle(ComplaintQuery query, CancellationToken cancellationToken) =>
        await db.DetailsAsync(await db.VisibleComplaintAsync(query.Id, user.Scope, cancellationToken), user, deadlines, cancellationToken);
}

internal static class ComplaintExportColumns
{
    public static IReadOnlyList<CsvColumn<ComplaintSummary>> Columns() =>
    [
        new(Bilingual.Text("回执号", "Receipt"), c => c.ReceiptNumber),
        new(Bilingual.Text("收到时间（UTC）", "Filed (UTC)"), c => c.FiledAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        new(Bilingual.Text("来源", "Channel"), c => c.Channel.ToString()),
        new(Bilingual.Text("被投诉人", "Subject"), c => c.SubjectName),
        new(Bilingual.Text("区划代码", "Region code"), c => c.RegionCode),
        new(Bilingual.Text("事由", "Summary"), c => c.Summary),
        new(Bilingual.Text("状态", "State"), c => c.State.ToString()),
        new(Bilingual.Text("承办人", "Handler"), c => c.HandlerName),
        new(Bilingual.Text("当前环节", "Step"), c => c.DeadlineStep),
        new(Bilingual.Text("期限", "Due"), c => c.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new(Bilingual.Text("剩余天数", "Days left"), c => c.DaysLeft?.ToString(CultureInfo.InvariantCulture)),
        new(Bilingual.Text("超期", "Overdue"), c => c.Overdue ? Bilingual.Text("是", "yes") : ""),
    ];
}
