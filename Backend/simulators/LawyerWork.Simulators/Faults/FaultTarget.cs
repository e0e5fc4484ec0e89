namespace LawyerWork.Simulators.Faults;

/// <summary>
/// The fault state of one simulated target (the national system, or one webhook receiver) and the
/// count of requests it has seen, faulted or not. Thread-safe.
/// </summary>
public sealed class FaultTarget
{
    private readonly TimeProvider clock;
    private readonly Lock sync = new();
    private Fault current = Fault.None;
    private int? requestsLeft;
    private DateTimeOffset? endsAt;
    private ITimer? endTimer;

    // Every Set starts a new generation, so a late timer of a replaced fault cannot end the new one.
    private long generation;

    // Completed when the requests held so far may go on (true: answer normally; false: drop them);
    // replaced together with the fault.
    private TaskCompletionSource<bool> release = NewRelease();
    private long requests;

    public FaultTarget(TimeProvider clock)
    {
        this.clock = clock;
    }

    private int held;

    /// <summary>Every request that reached this target, including faulted, refused and held ones.</summary>
    public long Requests => Interlocked.Read(ref requests);

    /// <summary>Requests being held right now: a test waits for an abandoned one to be let go before releasing the rest.</summary>
    public int Held => Volatile.Read(ref held);

    internal void HoldStarted() => Interlocked.Increment(ref held);

    internal void HoldEnded() => Interlocked.Decrement(ref held);

    /// <summary>The fault the next request would meet.</summary>
    public Fault Current
    {
        get
        {
            lock (sync)
            {
                EndIfDue();
                return current;
            }
        }
    }

    /// <summary>
    /// Replaces the fault. Requests held by a previous Hold are released and answered normally.
    /// </summary>
    public void Set(Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var errors = fault.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")), nameof(fault));
        }

        lock (sync)
        {
            ReleaseHeld();
            endTimer?.Dispose();
            endTimer = null;
            generation++;
            current = fault;
            requestsLeft = fault.Mode == FaultMode.None ? null : fault.ForRequests;
            endsAt = null;
            if (fault.Mode != FaultMode.None && fault.ForMilliseconds is { } milliseconds)
            {
                var duration = TimeSpan.FromMilliseconds(milliseconds);
                endsAt = clock.GetUtcNow() + duration;
                // The timer matters for Hold: held requests must be let go when the time is up even if
                // no further request arrives to notice it.
                var ending = generation;
                endTimer = clock.CreateTimer(_ => EndByTimer(ending), null, duration, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Clear() => Set(Fault.None);

    /// <summary>
    /// Clears the fault and the request count. Held requests are dropped, not answered: answered,
    /// they would be recorded into the state of whatever test comes next.
    /// </summary>
    public void Reset()
    {
        lock (sync)
        {
            ReleaseHeld(answer: false);
        }

        Clear();
        Interlocked.Exchange(ref requests, 0);
    }

    /// <summary>
    /// Counts a request and takes the fault it meets (using up one of ForRequests), with the task that
    /// completes when a Hold lets it go.
    /// </summary>
    internal (Fault Fault, Task<bool> Released) Enter()
    {
        Interlocked.Increment(ref requests);
        lock (sync)
        {
            EndIfDue();
            var met = current;
            if (requestsLeft is { } left)
            {
                requestsLeft = left - 1;
                if (left == 1)
                {
                    // Used up: later requests are answered normally, but those already held stay held
                    // until the fault is replaced or cleared (otherwise Hold with forRequests could
                    // never hold more than the last request's worth).
                    current = Fault.None;
                    requestsLeft = null;
                }
            }

            return (met, release.Task);
        }
    }

    private void EndIfDue()
    {
        if (endsAt is { } end && clock.GetUtcNow() >= end)
        {
            EndLocked();
        }
    }

    private void EndByTimer(long ending)
    {
        lock (sync)
        {
            if (generation == ending && endsAt is not null)
            {
                EndLocked();
            }
        }
    }

    // The time limit is up: the fault ends and, for Hold, the held requests go on.
    private void EndLocked()
    {
        current = Fault.None;
        requestsLeft = null;
        endsAt = null;
        endTimer?.Dispose();
        endTimer = null;
        ReleaseHeld();
    }

    private void ReleaseHeld(bool answer = true)
    {
        release.TrySetResult(answer);
        release = NewRelease();
    }

    // Continuations run on the thread pool, not inside the lock of whoever released them.
    private static TaskCompletionSource<bool> NewRelease() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
