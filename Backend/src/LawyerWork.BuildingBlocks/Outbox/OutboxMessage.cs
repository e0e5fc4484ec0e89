using System.Text.Json;
using LawyerWork.BuildingBlocks.Ids;

namespace LawyerWork.BuildingBlocks.Outbox;

/// <summary>
/// An integration event written in the same transaction as the change it announces, so an event
/// exists exactly when its change committed. A dispatcher delivers it after commit (the
/// databases-and-background-work issue), in order per aggregate; consumers deduplicate by <see cref="Id"/>.
/// </summary>
public sealed class OutboxMessage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    public Guid AggregateId { get; private set; }

    /// <summary>The event's CLR name (e.g. <c>LawyerTransferred</c>); consumers map it back to the Contracts type.</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    public static OutboxMessage For<TEvent>(Guid aggregateId, TEvent @event, TimeProvider clock)
        where TEvent : notnull => new()
        {
            Id = NewId.Create(clock),
            AggregateId = aggregateId,
            Type = typeof(TEvent).Name,
            Payload = JsonSerializer.Serialize(@event, Json),
            OccurredAt = clock.GetUtcNow(),
        };
}
