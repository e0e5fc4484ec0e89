using System.Text.Json;

namespace LawyerWork.Simulators.Webhooks;

/// <summary>A delivery as a receiver recorded it at first receipt; <see cref="Deliveries"/> counts duplicates too.</summary>
public sealed record WebhookDeliveryReceived(
    Guid Id,
    string Type,
    Guid AggregateId,
    DateTimeOffset OccurredAt,
    DateTimeOffset ReceivedAt,
    JsonElement Data,
    int Deliveries);

/// <summary>A receiver's answer to a verified delivery.</summary>
public sealed record WebhookAcknowledgement(Guid Id, bool Duplicate);
