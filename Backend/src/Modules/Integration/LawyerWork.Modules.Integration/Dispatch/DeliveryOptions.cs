namespace LawyerWork.Modules.Integration.Dispatch;

/// <summary>Configuration section <c>Integration:Delivery</c>: the queue's retries (the Polly pipeline's are in <see cref="ResilienceOptions"/>).</summary>
public sealed class DeliveryOptions
{
    /// <summary>How often each host looks for due deliveries (new events wake it at once).</summary>
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Failed attempts (each one a run through the whole Polly pipeline) before a delivery is parked.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The first retry's delay; each further one doubles, with ±20% jitter, up to <see cref="RetryMaxDelaySeconds"/>.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 5000;

    public int RetryMaxDelaySeconds { get; set; } = 3600;

    /// <summary>Deliveries read per query.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Targets sent to at the same time, so that one slow receiver holds back only itself.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>
    /// How long a host's hold on dispatch lasts without renewal: a dead host's successor takes over
    /// within this time. Renewed while a round runs, so a slow receiver never lets it lapse.
    /// </summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How long delivered rows are kept as the delivery log.</summary>
    public int RetainDays { get; set; } = 90;

    internal TimeSpan RetryDelay(int attempts, TimeSpan? retryAfter)
    {
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 20);
        var delay = Math.Min(RetryBaseDelayMilliseconds * Math.Pow(2, exponent), RetryMaxDelaySeconds * 1000.0);
        var jittered = TimeSpan.FromMilliseconds(delay * (0.8 + (Random.Shared.NextDouble() * 0.4)));

        // The receiver's Retry-After is a floor, never a reason to wait past the maximum.
        return retryAfter is { } after && after > jittered ? TimeSpan.FromSeconds(Math.Min(after.TotalSeconds, RetryMaxDelaySeconds)) : jittered;
    }
}

/// <summary>
/// Configuration section <c>Integration:Resilience</c>: the Polly v8 pipeline every outgoing call goes
/// through (total timeout → circuit breaker per target → retry honouring Retry-After → attempt timeout).
/// </summary>
public sealed class ResilienceOptions
{
    public int AttemptTimeoutSeconds { get; set; } = 10;

    public int TotalTimeoutSeconds { get; set; } = 30;

    /// <summary>Quick retries inside one attempt of the queue (transient network errors, 5xx, 408, 429).</summary>
    public int RetryAttempts { get; set; } = 2;

    public int RetryBaseDelayMilliseconds { get; set; } = 500;

    /// <summary>A Retry-After longer than this is not waited for inside the pipeline: the queue schedules the next attempt after it instead.</summary>
    public int MaxInlineRetryAfterSeconds { get; set; } = 5;

    public double BreakerFailureRatio { get; set; } = 0.5;

    public int BreakerMinimumThroughput { get; set; } = 5;

    public int BreakerSamplingSeconds { get; set; } = 30;

    public int BreakerBreakSeconds { get; set; } = 30;

    /// <summary>Answers longer than this are refused unread (a receipt is a few hundred bytes).</summary>
    public int MaxAnswerBytes { get; set; } = 64 * 1024;
}
