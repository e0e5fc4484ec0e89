namespace LawyerWork.BuildingBlocks.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often each host looks for new messages written by other hosts (its own writes wake it at once).</summary>
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Attempts before a message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The first retry's delay; each further retry doubles it, with ±20% jitter, up to <see cref="RetryMaxDelaySeconds"/>.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 2000;

    public int RetryMaxDelaySeconds { get; set; } = 600;

    /// <summary>How long delivered and skipped messages (and consumers' inbox rows) are kept as the delivery record.</summary>
    public int RetainDays { get; set; } = 90;

    /// <summary>
    /// How long a host's hold on a module's outbox lasts without renewal: after a host dies, another
    /// takes over within this time. Renewed before a batch once half of it has passed, so half of it must
    /// outlast one batch's deliveries.
    /// </summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>Messages read per query.</summary>
    public int BatchSize { get; set; } = 200;

    internal TimeSpan RetryDelay(int attempts)
    {
        var exponent = Math.Min(attempts - 1, 20);
        var delay = Math.Min(RetryBaseDelayMilliseconds * Math.Pow(2, exponent), RetryMaxDelaySeconds * 1000.0);
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(delay * jitter);
    }
}
