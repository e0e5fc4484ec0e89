namespace LawyerWork.BuildingBlocks.Outbox;

/// <summary>
/// Wakes this host's dispatcher when a save on this host committed outbox messages, so delivery
/// does not wait for the next poll; messages written by other hosts are found by polling.
/// </summary>
public sealed class OutboxSignal
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
