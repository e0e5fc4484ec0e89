using System.Linq.Expressions;
using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.Modules.Integration.Domain;
using LawyerWork.Modules.Integration.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Integration.Features.Deliveries;

public enum DeliveryChannel
{
    Webhook,
    National,
}

/// <summary>One line of a delivery log.</summary>
public sealed record DeliveryEntry(
    Guid Id,
    string Target,
    Guid? SubscriptionId,
    Guid EventId,
    string EventType,
    Guid AggregateId,
    DateTimeOffset OccurredAt,
    DeliveryState State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    string? ReceiptId,
    long Version);

/// <summary>A delivery with the JSON that was (or will be) sent.</summary>
public sealed record DeliveryDetails(DeliveryEntry Delivery, string Body);

/// <summary>The delivery log: of one subscription, of the national system, or all; newest first by default.</summary>
public sealed record DeliveryLogQuery(
    DeliveryChannel? Channel,
    Guid? SubscriptionId,
    DeliveryState? State,
    string? EventType,
    Guid? AggregateId,
    int? Page,
    int? PageSize,
    string? Sort,
    string? Cursor) : IQuery<ListPage<DeliveryEntry>>, IPageRequest;

public sealed record DeliveryQuery(Guid Id) : IQuery<DeliveryDetails>;

internal static class DeliveryViews
{
    public static readonly SortableFields<Domain.Delivery> Sort = new SortableFields<Domain.Delivery>(d => d.Id)
        .Add("occurredAt", d => d.OccurredAt, isDefault: true, descending: true)
        .Add("attempts", d => d.Attempts)
        .Add("nextAttemptAt", d => d.NextAttemptAt);

    public static readonly Expression<Func<Domain.Delivery, DeliveryEntry>> Entry = d => new DeliveryEntry(
        d.Id, d.Target, d.SubscriptionId, d.EventId, d.EventType, d.AggregateId, d.OccurredAt, d.State, d.Attempts, d.NextAttemptAt,
        d.LastAttemptAt, d.LastStatusCode, d.LastError, d.DeliveredAt, d.ReceiptId, d.Version);

    public static async Task<Domain.Delivery> DeliveryAsync(this IQueryable<Domain.Delivery> deliveries, Guid id, CancellationToken cancellationToken) =>
        await deliveries.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new NotFoundException("未找到该投递记录。", "No such delivery.");
}

public sealed class DeliveryLogValidator : AbstractValidator<DeliveryLogQuery>
{
    public DeliveryLogValidator()
    {
        Include(new PageRules<DeliveryLogQuery>(DeliveryViews.Sort.Names));
        RuleFor(q => q.EventType).MaximumLength(200);
    }
}

public sealed class DeliveryLogHandler(IntegrationDbContext db) : IQueryHandler<DeliveryLogQuery, ListPage<DeliveryEntry>>
{
    public async ValueTask<ListPage<DeliveryEntry>> Handle(DeliveryLogQuery query, CancellationToken cancellationToken)
    {
        IQueryable<Domain.Delivery> deliveries = db.Deliveries.AsNoTracking();
        deliveries = query.Channel switch
        {
            DeliveryChannel.National => deliveries.Where(d => d.Target == Domain.Delivery.NationalTarget),
            DeliveryChannel.Webhook => deliveries.Where(d => d.SubscriptionId != null),
            _ => deliveries,
        };
        if (query.SubscriptionId is { } subscription)
        {
            deliveries = deliveries.Where(d => d.SubscriptionId == subscription);
        }

        if (query.State is { } state)
        {
            deliveries = deliveries.Where(d => d.State == state);
        }

        if (!string.IsNullOrWhiteSpace(query.EventType))
        {
            deliveries = deliveries.Where(d => d.EventType == query.EventType);
        }

        if (query.AggregateId is { } aggregate)
        {
            deliveries = deliveries.Where(d => d.AggregateId == aggregate);
        }

        return await deliveries.ToListPageAsync(query.ToPageQuery(), DeliveryViews.Sort, DeliveryViews.Entry, cancellationToken);
    }
}

public sealed class DeliveryHandler(IntegrationDbContext db) : IQueryHandler<DeliveryQuery, DeliveryDetails>
{
    public async ValueTask<DeliveryDetails> Handle(DeliveryQuery query, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.AsNoTracking().DeliveryAsync(query.Id, cancellationToken);
        return new DeliveryDetails(DeliveryViews.Entry.Compile()(delivery), delivery.Body);
    }
}
