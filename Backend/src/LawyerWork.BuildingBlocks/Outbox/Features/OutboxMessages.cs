using System.Linq.Expressions;
using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.BuildingBlocks.Outbox.Features;

/// <summary>An outbox message as administrators see it in a list (without its payload).</summary>
public sealed record OutboxEntry(
    Guid Id,
    Guid AggregateId,
    string Type,
    OutboxState State,
    int Attempts,
    DateTimeOffset OccurredAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? DispatchedAt,
    string? LastError,
    long Version);

/// <summary>One message with its payload, to judge whether to replay or skip it.</summary>
public sealed record OutboxMessageDetails(
    Guid Id,
    string Module,
    Guid AggregateId,
    string Type,
    OutboxState State,
    int Attempts,
    DateTimeOffset OccurredAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? DispatchedAt,
    string? LastError,
    string Payload,
    long Version);

public sealed record OutboxMessagesQuery(
    OutboxState? State,
    string? Type,
    Guid? AggregateId,
    int? Page,
    int? PageSize,
    string? Sort,
    string? Cursor) : IQuery<ListPage<OutboxEntry>>, IPageRequest
{
    [JsonIgnore]
    public string Module { get; init; } = "";
}

public sealed record OutboxMessageQuery(string Module, Guid Id) : IQuery<OutboxMessageDetails>;

internal static class OutboxListing
{
    public static readonly SortableFields<OutboxMessage> Sort = new SortableFields<OutboxMessage>(m => m.Id)
        .Add("occurredAt", m => m.OccurredAt, isDefault: true)
        .Add("attempts", m => m.Attempts);

    public static readonly Expression<Func<OutboxMessage, OutboxEntry>> Entry = m => new OutboxEntry(
        m.Id, m.AggregateId, m.Type, m.State, m.Attempts, m.OccurredAt, m.NextAttemptAt, m.DispatchedAt, m.LastError, m.Version);

    public static async Task<OutboxMessage> MessageAsync(this IQueryable<OutboxMessage> messages, Guid id, CancellationToken cancellationToken) =>
        await messages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw new NotFoundException("未找到该消息。", "No such outbox message.");
}

public sealed class OutboxMessagesValidator : AbstractValidator<OutboxMessagesQuery>
{
    public OutboxMessagesValidator()
    {
        Include(new PageRules<OutboxMessagesQuery>(OutboxListing.Sort.Names));
        RuleFor(q => q.Type).MaximumLength(200);
    }
}

public sealed class OutboxMessagesHandler(IServiceProvider services) : IQueryHandler<OutboxMessagesQuery, ListPage<OutboxEntry>>
{
    public async ValueTask<ListPage<OutboxEntry>> Handle(OutboxMessagesQuery query, CancellationToken cancellationToken)
    {
        var messages = services.ModuleContext(query.Module).Outbox.AsNoTracking();
        if (query.State is { } state)
        {
            messages = messages.Where(m => m.State == state);
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            messages = messages.Where(m => m.Type == query.Type);
        }

        if (query.AggregateId is { } aggregate)
        {
            messages = messages.Where(m => m.AggregateId == aggregate);
        }

        return await messages.ToListPageAsync(query.ToPageQuery(), OutboxListing.Sort, OutboxListing.Entry, cancellationToken);
    }
}

public sealed class OutboxMessageHandler(IServiceProvider services) : IQueryHandler<OutboxMessageQuery, OutboxMessageDetails>
{
    public async ValueTask<OutboxMessageDetails> Handle(OutboxMessageQuery query, CancellationToken cancellationToken)
    {
        var m = await services.ModuleContext(query.Module).Outbox.AsNoTracking().MessageAsync(query.Id, cancellationToken);
        return new OutboxMessageDetails(
            m.Id, query.Module, m.AggregateId, m.Type, m.State, m.Attempts, m.OccurredAt, m.NextAttemptAt, m.DispatchedAt, m.LastError, m.Payload, m.Version);
    }
}
