using System.Text.Json;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Persistence;

namespace LawyerWork.BuildingBlocks.Outbox;

/// <summary>Where an outbox message is in its delivery (docs/operations/background-work.md).</summary>
public enum OutboxState
{
    /// <summary>Waiting for delivery, or for its next attempt after a failure.</summary>
    Pending,

    /// <summary>Every subscriber took it.</summary>
    Dispatched,

    /// <summary>Parked after too many failed attempts; holds back later events of its aggregate until replayed or skipped.</summary>
    DeadLettered,

    /// <summary>An administrator gave up on it (with a recorded reason); later events of its aggregate flow again.</summary>
    Skipped,
}

/// <summary>
/// An integration event written in the same transaction as the change it announces, so an event
/// exists exactly when its change committed. <see cref="OutboxDispatcher"/> delivers it after
/// commit, in order per aggregate; consumers deduplicate by <see cref="Id"/> through their inbox.
/// </summary>
public sealed class OutboxMessage : IVersioned
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    public Guid AggregateId { get; private set; }

    /// <summary>The event's CLR name (e.g. <c>LawyerTransferred</c>); subscribers map it back to the Contracts type.</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public OutboxState State { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Not before this instant: the creation instant, then the retry back-off.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The last failure: subscriber and exception type and message (never a stack trace).</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    public long Version { get; set; }

    public static OutboxMessage For<TEvent>(Guid aggregateId, TEvent @event, TimeProvider clock)
        where TEvent : notnull
    {
        var now = clock.GetUtcNow();
        return new()
        {
            Id = NewId.Create(clock),
            AggregateId = aggregateId,
            Type = typeof(TEvent).Name,
            Payload = JsonSerializer.Serialize(@event, Json),
            OccurredAt = now,
            NextAttemptAt = now,
            State = OutboxState.Pending,
        };
    }

    internal object Deserialize(Type eventType) =>
        JsonSerializer.Deserialize(Payload, eventType, Json) ?? throw new JsonException($"The payload of {Type} is null.");

    internal void Dispatched(DateTimeOffset now)
    {
        State = OutboxState.Dispatched;
        DispatchedAt = now;
        Attempts++;
        LastError = null;
    }

    /// <summary>Counts a failed attempt; parks the message once <paramref name="maxAttempts"/> is reached.</summary>
    internal void Failed(string error, DateTimeOffset now, int maxAttempts, TimeSpan retryIn)
    {
        Attempts++;
        LastError = error.Length <= 2000 ? error : error[..2000];
        if (Attempts >= maxAttempts)
        {
            State = OutboxState.DeadLettered;
        }
        else
        {
            NextAttemptAt = now + retryIn;
        }
    }

    /// <summary>An administrator sends a parked message round again, with a fresh count of attempts.</summary>
    internal void Replay(DateTimeOffset now)
    {
        State = OutboxState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }

    internal void Skip(string reason)
    {
        State = OutboxState.Skipped;
        LastError = (LastError is null ? "" : LastError + " | ") + "skipped: " + reason;
        if (LastError.Length > 2000)
        {
            LastError = LastError[^2000..];
        }
    }
}
