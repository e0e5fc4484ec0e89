namespace LawyerWork.BuildingBlocks.Outbox;

/// <summary>
/// Wakes a background dispatcher when a save on this host committed work for it, so that it does not
/// wait for its next poll; work written by other hosts is found by polling.
/// </summary>
public abstract class WakeSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        // At most one wake-up is pending: one pass reads everything committed before it starts.
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer signalled at the same moment; one wake-up is enough.
            }
        }
    }

    /// <summary>Waits for a signal or the poll interval, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan pollInterval, CancellationToken cancellationToken) =>
        signal.WaitAsync(pollInterval, cancellationToken);
}

/// <summary>Wakes this host's <see cref="OutboxDispatcher"/> when a save committed outbox messages.</summary>
public sealed class OutboxSignal : WakeSignal;
