using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.BuildingBlocks.Outbox;

/// <summary>An integration event a consumer has processed: kept in the consumer's schema, committed with its effects.</summary>
public sealed class InboxMessage
{
    public string Consumer { get; set; } = "";

    public Guid EventId { get; set; }

    public string EventType { get; set; } = "";

    public DateTimeOffset ProcessedAt { get; set; }
}

/// <summary>
/// The idempotent consumer: an event already in the inbox is acknowledged without effect; otherwise
/// the inbox row and the consumer's changes are saved in one SaveChanges (one transaction), so an
/// effect and its record of having happened cannot part. A concurrent duplicate fails on the inbox
/// key and is retried, then found in the inbox.
/// </summary>
public abstract class IntegrationEventConsumer<TEvent, TContext>(TContext db, TimeProvider clock) : IIntegrationEventHandler<TEvent>
    where TContext : ModuleDbContext
{
    protected TContext Db => db;

    protected TimeProvider Clock => clock;

    public async Task HandleAsync(IntegrationEvent<TEvent> integrationEvent, CancellationToken cancellationToken)
    {
        var consumer = GetType().Name;
        if (await db.Inbox.AnyAsync(i => i.Consumer == consumer && i.EventId == integrationEvent.Id, cancellationToken))
        {
            return;
        }

        db.Inbox.Add(new InboxMessage
        {
            Consumer = consumer,
            EventId = integrationEvent.Id,
            EventType = typeof(TEvent).Name,
            ProcessedAt = clock.GetUtcNow(),
        });
        await ConsumeAsync(integrationEvent, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The consumer's effects, staged on <see cref="Db"/>; saved with the inbox row by the caller.</summary>
    protected abstract Task ConsumeAsync(IntegrationEvent<TEvent> integrationEvent, CancellationToken cancellationToken);
}
