using System.Linq.Expressions;
using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.BuildingBlocks.Audit.Features;

/// <summary>An audit record as auditors read it.</summary>
public sealed record AuditEntry(
    Guid Id,
    long? Sequence,
    DateTimeOffset RecordedAt,
    string ActorId,
    string ActorName,
    string? Role,
    string? DataScope,
    string Operation,
    AuditOutcome Outcome,
    string? Reason,
    string? TargetType,
    string? TargetId,
    string? RegionCode,
    string? Details,
    string? TraceId,
    string? ClientIp,
    bool Sealed);

public interface IAuditFilter
{
    string? Actor { get; }

    string? Operation { get; }

    string? TargetType { get; }

    string? TargetId { get; }

    string? RegionCode { get; }

    AuditOutcome? Outcome { get; }

    DateTimeOffset? From { get; }

    DateTimeOffset? To { get; }
}

public sealed record AuditRecordsQuery(
    string? Actor,
    string? Operation,
    string? TargetType,
    string? TargetId,
    string? RegionCode,
    AuditOutcome? Outcome,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int? Page,
    int? PageSize,
    string? Sort,
    string? Cursor) : IQuery<ListPage<AuditEntry>>, IAuditFilter, IPageRequest;

public sealed record AuditExportQuery(
    string? Format,
    string? Actor,
    string? Operation,
    string? TargetType,
    string? TargetId,
    string? RegionCode,
    AuditOutcome? Outcome,
    DateTimeOffset? From,
    DateTimeOffset? To) : IQuery<IAsyncEnumerable<AuditEntry>>, IAuditFilter;

internal static class AuditFilters
{
    public static readonly SortableFields<AuditRecord> Sort = new SortableFields<AuditRecord>(r => r.Id)
        .Add("recordedAt", r => r.RecordedAt, isDefault: true, descending: true);

    public static readonly Expression<Func<AuditRecord, AuditEntry>> Entry = r => new AuditEntry(
        r.Id, r.Sequence, r.RecordedAt, r.ActorId, r.ActorName, r.Role, r.DataScope, r.Operation, r.Outcome, r.Reason,
        r.TargetType, r.TargetId, r.RegionCode, r.Details, r.TraceId, r.ClientIp, r.Sequence != null);

    public static IQueryable<AuditRecord> Matching(this IQueryable<AuditRecord> records, IAuditFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            records = records.Where(r => r.ActorId == filter.Actor || r.ActorName.Contains(filter.Actor));
        }

        if (!string.IsNullOrWhiteSpace(filter.Operation))
        {
            records = records.Where(r => r.Operation == filter.Operation);
        }

        if (!string.IsNullOrWhiteSpace(filter.TargetType))
        {
            records = records.Where(r => r.TargetType == filter.TargetType);
        }

        if (!string.IsNullOrWhiteSpace(filter.TargetId))
        {
            records = records.Where(r => r.TargetId == filter.TargetId);
        }

        if (!string.IsNullOrWhiteSpace(filter.RegionCode))
        {
            records = records.Where(r => r.RegionCode != null && r.RegionCode.StartsWith(filter.RegionCode));
        }

        if (filter.Outcome is { } outcome)
        {
            records = records.Where(r => r.Outcome == outcome);
        }

        if (filter.From is { } from)
        {
            records = records.Where(r => r.RecordedAt >= from);
        }

        if (filter.To is { } to)
        {
            records = records.Where(r => r.RecordedAt < to);
        }

        return records;
    }
}

public sealed class AuditRecordsValidator : AbstractValidator<AuditRecordsQuery>
{
    public AuditRecordsValidator()
    {
        Include(new PageRules<AuditRecordsQuery>(AuditFilters.Sort.Names));
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || to > q.From)
            .WithMessage(_ => Bilingual.Text("结束时间须晚于开始时间。", "The end must be after the start."));
    }
}

public sealed class AuditExportValidator : AbstractValidator<AuditExportQuery>
{
    public AuditExportValidator() =>
        RuleFor(q => q.Format).Must(f => f is null or "csv")
            .WithMessage(_ => Bilingual.Text("导出格式目前支持 csv。", "The export format supported is csv."));
}

public sealed class AuditRecordsHandler(AuditDbContext db) : IQueryHandler<AuditRecordsQuery, ListPage<AuditEntry>>
{
    public async ValueTask<ListPage<AuditEntry>> Handle(AuditRecordsQuery query, CancellationToken cancellationToken) =>
        await db.Records.AsNoTracking().Matching(query).ToListPageAsync(query.ToPageQuery(), AuditFilters.Sort, AuditFilters.Entry, cancellationToken);
}

public sealed class AuditExportHandler(AuditDbContext db) : IQueryHandler<AuditExportQuery, IAsyncEnumerable<AuditEntry>>
{
    public ValueTask<IAsyncEnumerable<AuditEntry>> Handle(AuditExportQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(db.Records.AsNoTracking().Matching(query)
            .OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Select(AuditFilters.Entry).AsAsyncEnumerable());
}
