using System.Diagnostics.Metrics;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LawyerWork.BuildingBlocks.Outbox;

/// <summary>
/// Delivers each module's committed outbox messages to the in-process subscribers of their type:
/// at least once (a crash between delivery and marking redelivers; consumers' inboxes absorb it),
/// in order per aggregate (a message waits while an earlier one of its aggregate is pending a retry
/// or dead-lettered), with exponential back-off, and parked as dead letters after
/// <see cref="OutboxOptions.MaxAttempts"/>. One host at a time per module (the "outbox:{schema}" lease).
/// </summary>
public sealed partial class OutboxDispatcher : BackgroundService
{
    public const string MeterName = "LawyerWork.Outbox";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> DeliveryLag = Meter.CreateHistogram<double>(
        "lawyerwork.outbox.delivery_lag", unit: "s", description: "From an event's commit to its delivery to every subscriber.");

    private static readonly Counter<long> DeadLetters = Meter.CreateCounter<long>(
        "lawyerwork.outbox.dead_lettered", description: "Outbox messages parked after their last allowed attempt.");

    private readonly IServiceScopeFactory scopes;
    private readonly OutboxOptions options;
    private readonly OutboxSignal signal;
    private readonly TimeProvider clock;
    private readonly ILogger<OutboxDispatcher> logger;
    private readonly ILookup<string, IntegrationEventSubscription> subscriptions;
    private readonly SemaphoreSlim passes = new(1, 1);

    public OutboxDispatcher(
        IServiceScopeFactory scopes,
        OutboxOptions options,
        OutboxSignal signal,
        IEnumerable<IntegrationEventSubscription> subscriptions,
        TimeProvider clock,
        ILogger<OutboxDispatcher> logger)
    {
        this.scopes = scopes;
        this.options = options;
        this.signal = signal;
        this.clock = clock;
        this.logger = logger;
        var all = subscriptions.ToList();

        // Messages name their event by CLR name; two event types with one name would be delivered to each other's subscribers.
        var clash = all.GroupBy(s => s.EventName).FirstOrDefault(g => g.Select(s => s.EventType).Distinct().Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException($"Two integration event types are named {clash.Key}; rename one.");
        }

        this.subscriptions = all.ToLookup(s => s.EventName);
    }

    public static string JobFor(string schema) => "outbox:" + schema;

    /// <summary>The name this dispatcher holds leases under; one per host (a second in one process simulates a second host).</summary>
    public string Owner { get; init; } = Leases.Leases.ThisHost;

    /// <summary>Seconds from commit to delivery of the last message this host delivered.</summary>
    public double LastDeliveryLagSeconds { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Messages stay pending; the next pass retries.
                LogPassFailed(logger, e);
            }

            await signal.WaitAsync(interval, stoppingToken);
        }
    }

    /// <summary>One pass over every module's outbox; returns how many messages were attempted.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await passes.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var total = 0;
            foreach (var module in scope.ServiceProvider.GetServices<ModuleDbContextType>().Where(m => m.HasOutbox))
            {
                total += await DispatchModuleAsync(module, cancellationToken);
            }

            return total;
        }
        finally
        {
            passes.Release();
        }
    }

    private async Task<int> DispatchModuleAsync(ModuleDbContextType module, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<AuditDbContext>().Leases;
        var job = JobFor(module.Schema);
        var lease = TimeSpan.FromMilliseconds(Math.Max(options.LeaseSeconds * 1000.0, options.PollIntervalMilliseconds * 10));
        if (!await leases.TryAcquireAsync(job, Owner, lease, clock, cancellationToken))
        {
            return 0;
        }

        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
        var attempted = 0;
        while (true)
        {
            var now = clock.GetUtcNow();

            // Aggregates whose oldest undelivered message is waiting (a retry's back-off) or parked:
            // their later messages wait too, so that each aggregate's events arrive in order.
            var held = (await db.Outbox.AsNoTracking()
                .Where(m => m.State == OutboxState.DeadLettered || (m.State == OutboxState.Pending && m.NextAttemptAt > now))
                .Select(m => m.AggregateId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
            var due = await db.Outbox
                .Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
                .Take(options.BatchSize).ToListAsync(cancellationToken);

            var progressed = 0;
            foreach (var message in due)
            {
                if (held.Contains(message.AggregateId))
                {
                    continue;
                }

                var error = await DeliverAsync(message, cancellationToken);
                var at = clock.GetUtcNow();
                if (error is null)
                {
                    message.Dispatched(at);
                    LogDispatched(logger, module.Schema, message.Id, message.Type, subscriptions[message.Type].Count());
                    LastDeliveryLagSeconds = (at - message.OccurredAt).TotalSeconds;
                    DeliveryLag.Record(LastDeliveryLagSeconds, new KeyValuePair<string, object?>("module", module.Schema));
                }
                else
                {
                    message.Failed(error, at, options.MaxAttempts, options.RetryDelay(message.Attempts + 1));
                    held.Add(message.AggregateId);
                    if (message.State == OutboxState.DeadLettered)
                    {
                        DeadLetters.Add(1, new KeyValuePair<string, object?>("module", module.Schema));
                        LogDeadLettered(logger, module.Schema, message.Id, message.Type, message.Attempts);
                    }
                }

                attempted++;
                progressed++;
            }

            // Marked once per batch, in one transaction: a crash redelivers at most the batch in hand, which
            // consumers' inboxes absorb. Marked one by one, each message cost a commit of its own; under a
            // sustained burst of lawyer updates the delivery lag's p99 went from 14.5 s to 9 s with the
            // request throughput unchanged (docs/benchmarks/analysis.md).
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (progressed == 0 || due.Count < options.BatchSize)
            {
                return attempted;
            }

            // A long backlog must not outlive the lease.
            if (!await leases.TryAcquireAsync(job, Owner, lease, clock, cancellationToken))
            {
                return attempted;
            }
        }
    }

    /// <summary>Delivers to every subscriber of the message's type, each in its own scope; null on success, else the failure.</summary>
    private async Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        foreach (var subscription in subscriptions[message.Type])
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();

                // What a consumer changes is audited as the consumer's doing, named by the event it handled.
                var actor = scope.ServiceProvider.GetRequiredService<AuditActor>();
                actor.SystemJob = "outbox:" + subscription.Consumer;
                actor.Operation = "Consume" + message.Type;
                await subscription.Deliver(scope.ServiceProvider, message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogDeliveryFailed(logger, message.Id, message.Type, subscription.Consumer, e.GetType().Name);
                return $"{subscription.Consumer}: {e.GetType().Name}: {e.Message}";
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dispatched outbox message {MessageId} ({Type}) of {Schema} to {Subscribers} subscriber(s)")]
    private static partial void LogDispatched(ILogger logger, string schema, Guid messageId, string type, int subscribers);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox pass failed; the next pass retries")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    // The exception's message is kept in the database (LastError) for administrators, not in the log:
    // it may quote data.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of outbox message {MessageId} ({Type}) to {Consumer} failed with {ExceptionType}; it will be retried")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid messageId, string type, string consumer, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Type}) in {Schema} dead-lettered after {Attempts} attempts; later events of its aggregate wait until it is replayed or skipped")]
    private static partial void LogDeadLettered(ILogger logger, string schema, Guid messageId, string type, int attempts);
}
