namespace LawyerWork.Modules.Integration.Dispatch;

/// <summary>What one attempt came to, as the dispatcher records it.</summary>
public sealed record DeliveryOutcome(bool Succeeded, int? StatusCode, string? Error, bool Permanent = false, TimeSpan? RetryAfter = null, bool CircuitOpen = false, string? ReceiptId = null)
{
    public static DeliveryOutcome Success(int? statusCode, string? receiptId = null) => new(true, statusCode, null, ReceiptId: receiptId);

    public static DeliveryOutcome Failure(int? statusCode, string error, bool permanent = false, TimeSpan? retryAfter = null) =>
        new(false, statusCode, error, permanent, retryAfter);

    public static DeliveryOutcome BreakerOpen(string target) => new(false, null, $"circuit open for {target}", CircuitOpen: true);

    /// <summary>Not sent and no attempt spent (a paused subscription): the target waits like one whose breaker is open.</summary>
    public static DeliveryOutcome Waiting(string reason) => new(false, null, reason, CircuitOpen: true);
}

/// <summary>Sends one delivery to its kind of target.</summary>
public interface IDeliveryChannel
{
    bool Serves(string target);

    Task<DeliveryOutcome> SendAsync(Domain.Delivery delivery, CancellationToken cancellationToken);
}
