using System.Text.Json;

namespace LawyerWork.Modules.Integration.Contracts;

/// <summary>
/// The port to 全国律师综合管理信息系统, the Ministry of Justice's national lawyer-management system.
/// Its interface is not public, so this port and its payloads are our contract
/// (docs/integration.md); the HTTP adapter speaks it, the simulator answers it. Each change is
/// sent once per event id at least once; the national side deduplicates by <see cref="NationalChange.EventId"/>.
/// </summary>
public interface INationalLawyerSystem
{
    /// <summary>Reports one change; throws <see cref="NationalExchangeException"/> when it was not taken.</summary>
    Task<NationalReceipt> SendAsync(NationalChange change, CancellationToken cancellationToken);

    /// <summary>What the national side holds of the changes that occurred on a day (Asia/Shanghai).</summary>
    Task<NationalDailySummary> DailySummaryAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>The event ids the national side holds for a day, to name the differences a summary found.</summary>
    Task<IReadOnlyList<Guid>> DailyEventIdsAsync(DateOnly day, CancellationToken cancellationToken);
}

/// <summary>What a change is about.</summary>
public enum NationalChangeKind
{
    /// <summary>A lawyer's registration (执业登记, changes, transfer, status).</summary>
    Lawyer,

    /// <summary>A firm's registration (执业许可, changes, status).</summary>
    Firm,

    /// <summary>A sanction recorded on a lawyer or firm (行业处分, 行政处罚).</summary>
    Sanction,
}

/// <summary>
/// One change as the national system receives it: <paramref name="Data"/> is the subject's registration
/// as it stood when the change was sent (lawyer, firm) or the sanction as decided; field lists in
/// docs/integration.md.
/// </summary>
public sealed record NationalChange(
    int SchemaVersion,
    Guid EventId,
    NationalChangeKind Kind,
    Guid SubjectId,
    string Change,
    DateTimeOffset OccurredAt,
    JsonElement Data)
{
    public const int CurrentSchemaVersion = 1;
}

/// <summary>The national system's acknowledgement; <paramref name="Duplicate"/> when it had the event already.</summary>
public sealed record NationalReceipt(string ReceiptId, Guid EventId, bool Duplicate);

/// <summary>A day's changes on one side: how many, and a SHA-256 over their sorted event ids.</summary>
public sealed record NationalDailySummary(DateOnly Date, int Count, string Hash);

/// <summary>
/// The national system did not take a change. <see cref="Permanent"/> when sending it again cannot help
/// (a refused payload, an answer that is not the contract's): the delivery is parked at once.
/// </summary>
public sealed class NationalExchangeException(string message, bool permanent, int? statusCode = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The national side's HTTP status, when it answered.</summary>
    public int? StatusCode { get; } = statusCode;

    public bool Permanent { get; } = permanent;

    /// <summary>The national side's Retry-After, when it asked us to wait.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
