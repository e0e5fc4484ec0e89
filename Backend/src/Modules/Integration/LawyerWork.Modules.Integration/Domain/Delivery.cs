using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Persistence;

namespace LawyerWork.Modules.Integration.Domain;

/// <summary>Where a delivery is (docs/integration.md "What each failure does").</summary>
public enum DeliveryState
{
    /// <summary>Waiting to be sent, or for its next attempt.</summary>
    Pending,

    /// <summary>The receiver took it (2xx; for the national system, a receipt).</summary>
    Delivered,

    /// <summary>Parked: too many failed attempts, or an answer that sending again cannot change. Holds back later events of its aggregate for this target.</summary>
    DeadLettered,
}

/// <summary>
/// One event on its way to one target (a webhook subscription, or the national system): its own
/// attempts, state and log, so a receiver that fails holds back no other receiver. Created by the
/// fan-out consumer in the transaction that records the event in Integration's inbox; sent by
/// <see cref="Dispatch.DeliveryDispatcher"/> in order per target and aggregate.
/// </summary>
public sealed class Delivery : IVersioned, IAuditExempt
{
    public const string NationalTarget = "national";

    private Delivery()
    {
    }

    public Guid Id { get; private set; }

    /// <summary><c>national</c>, or <c>webhook:{subscription id}</c>: the unit of ordering and of the circuit breaker.</summary>
    public string Target { get; private set; } = "";

    public Guid? SubscriptionId { get; private set; }

    /// <summary>The outbox message's id: receivers deduplicate by it.</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = "";

    public Guid AggregateId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The JSON sent (the webhook envelope, or the national change).</summary>
    public string Body { get; private set; } = "";

    public DeliveryState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    /// <summary>The last failure as the receiver answered it (status, exception type; never a stack trace).</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>The national system's receipt number.</summary>
    public string? ReceiptId { get; private set; }

    public long Version { get; set; }

    public static string WebhookTarget(Guid subscriptionId) => "webhook:" + subscriptionId.ToString("D");

    public static Delivery Create(string target, Guid? subscriptionId, Guid eventId, string eventType, Guid aggregateId, DateTimeOffset occurredAt, string body, TimeProvider clock) => new()
    {
        Id = NewId.Create(clock),
        Target = target,
        SubscriptionId = subscriptionId,
        EventId = eventId,
        EventType = eventType,
        AggregateId = aggregateId,
        OccurredAt = occurredAt,
        Body = body,
        State = DeliveryState.Pending,
        NextAttemptAt = clock.GetUtcNow(),
    };

    public void Delivered(DateTimeOffset now, int? statusCode, string? receiptId)
    {
        Attempts++;
        State = DeliveryState.Delivered;
        LastAttemptAt = now;
        DeliveredAt = now;
        LastStatusCode = statusCode;
        LastError = null;
        ReceiptId = receiptId;
    }

    /// <summary>A failed attempt: parked when <paramref name="permanent"/> or out of attempts, else tried again after <paramref name="retryIn"/>.</summary>
    public void Failed(DateTimeOffset now, int? statusCode, string error, bool permanent, int maxAttempts, TimeSpan retryIn)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = error.Length <= 1000 ? error : error[..1000];
        if (permanent || Attempts >= maxAttempts)
        {
            State = DeliveryState.DeadLettered;
        }
        else
        {
            NextAttemptAt = now + retryIn;
        }
    }

    /// <summary>Not attempted (the target's breaker is open): no attempt counted, tried again later.</summary>
    public void Deferred(DateTimeOffset until, string reason)
    {
        NextAttemptAt = until;
        LastError = reason;
    }

    /// <summary>An administrator sends it again (a parked one after the receiver is fixed, or a delivered one the receiver lost).</summary>
    public void Redeliver(DateTimeOffset now)
    {
        State = DeliveryState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        LastError = null;
    }
}
