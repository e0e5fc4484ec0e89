using System.Text.Json;

namespace LawyerWork.Simulators.National;

/// <summary>A change as the national system recorded it at first receipt; <see cref="Deliveries"/> counts duplicates too.</summary>
public sealed record NationalChangeReceived(
    string ReceiptId,
    Guid EventId,
    string Kind,
    Guid SubjectId,
    string Change,
    DateTimeOffset OccurredAt,
    DateTimeOffset ReceivedAt,
    JsonElement Data,
    int Deliveries);

/// <summary>The national system's answer to a change: the receipt of its first delivery.</summary>
public sealed record NationalReceipt(string ReceiptId, Guid EventId, bool Duplicate);
