using System.Diagnostics.Metrics;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Integration.Domain;
using LawyerWork.Modules.Integration.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LawyerWork.Modules.Integration.Dispatch;

/// <summary>
/// Sends due deliveries to their targets (webhook subscriptions, the national system): targets in
/// parallel (one slow receiver holds back only itself), each target's deliveries in order of
/// occurrence, and a delivery waits while an earlier one of its aggregate for the same target is
/// waiting for a retry or parked. Off the request path entirely: API writes only commit outbox rows.
/// One host at a time (the <c>integration:deliveries</c> lease).
/// </summary>
public sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopes,
    DeliveryOptions options,
    ResilienceOptions resilience,
    DeliverySignal signal,
    TimeProvider clock,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    public const string Job = "integration:deliveries";

    private static readonly Meter Meter = new("LawyerWork.Integration");
    private static readonly Histogram<double> Lag = Meter.CreateHistogram<double>(
        "lawyerwork.integration.delivery_lag", unit: "s", description: "From an event's commit to its delivery to an external target.");

    private static readonly Counter<long> Parked = Meter.CreateCounter<long>(
        "lawyerwork.integration.dead_lettered", description: "Deliveries parked after their last allowed attempt or a permanent refusal.");

    private readonly SemaphoreSlim passes = new(1, 1);

    /// <summary>The name this dispatcher holds its lease under.</summary>
    public string Owner { get; init; } = Leases.ThisHost;

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
                LogPassFailed(logger, e);
            }

            await signal.WaitAsync(interval, stoppingToken);
        }
    }

    /// <summary>One pass until nothing more is due; returns how many attempts it made.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await passes.WaitAsync(cancellationToken);
        try
        {
            var attempted = 0;
            while (true)
            {
                var (made, full) = await RoundAsync(cancellationToken);
                attempted += made;
                if (made == 0 || !full)
                {
                    return attempted;
                }
            }
        }
        finally
        {
            passes.Release();
        }
    }

    private async Task<(int Attempted, bool Full)> RoundAsync(CancellationToken cancellationToken)
    {
        List<Guid> due;
        HashSet<(string Target, Guid Aggregate)> held;
        Dictionary<Guid, DateTimeOffset> upstream;
        var lease = new LeaseHold(scopes, Owner, TimeSpan.FromSeconds(Math.Max(1, options.LeaseSeconds)), clock);
        if (!await lease.KeepAsync(cancellationToken))
        {
            return (0, false);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
            var now = clock.GetUtcNow();

            // Upstream before held: an event fanned out after `now` leaves the upstream set but its delivery,
            // not yet due this round, is then seen here and holds its aggregate. Read the other way round, a
            // fan-out committing between the two reads made a later event of the aggregate overtake it.
            upstream = await UndeliveredUpstreamAsync(scope.ServiceProvider, cancellationToken);
            held = (await db.Deliveries.AsNoTracking()
                    .Where(d => d.State == DeliveryState.DeadLettered || (d.State == DeliveryState.Pending && d.NextAttemptAt > now))
                    .Select(d => new { d.Target, d.AggregateId }).Distinct().ToListAsync(cancellationToken))
                .Select(h => (h.Target, h.AggregateId)).ToHashSet();
            due = await db.Deliveries.AsNoTracking()
                .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.OccurredAt).ThenBy(d => d.Id)
                .Select(d => d.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
        }

        if (due.Count == 0)
        {
            return (0, false);
        }

        var attempted = 0;
        var targets = await TargetsOfAsync(due, cancellationToken);
        await Parallel.ForEachAsync(
            targets,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
            async (target, token) =>
            {
                var made = await SendTargetAsync(target.Key, target.Value, held.Where(h => h.Target == target.Key).Select(h => h.Aggregate).ToHashSet(), upstream, lease, token);
                Interlocked.Add(ref attempted, made);
            });
        return (attempted, due.Count == options.BatchSize);
    }

    private async Task<Dictionary<string, List<Guid>>> TargetsOfAsync(List<Guid> due, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var rows = await db.Deliveries.AsNoTracking().Where(d => due.Contains(d.Id))
            .Select(d => new { d.Id, d.Target, d.OccurredAt }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.OccurredAt).ThenBy(r => r.Id).GroupBy(r => r.Target)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToList(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The earliest event of each aggregate not yet fanned out of any module's outbox. Events of one
    /// aggregate may come from several modules (a lawyer's registration from Registry, their sanction from
    /// Supervision), each outbox dispatched on its own: a delivery waits while an earlier event of its
    /// aggregate is still undelivered upstream and not yet in Integration's inbox, so that external
    /// systems get them in the order they happened.
    /// </summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> UndeliveredUpstreamAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var undelivered = new List<(Guid Id, Guid Aggregate, DateTimeOffset At)>();
        foreach (var module in services.GetServices<ModuleDbContextType>().Where(m => m.HasOutbox))
        {
            var outbox = ((ModuleDbContext)services.GetRequiredService(module.ContextType)).Outbox.AsNoTracking();
            undelivered.AddRange((await outbox.Where(m => m.State == OutboxState.Pending || m.State == OutboxState.DeadLettered)
                .Select(m => new { m.Id, m.AggregateId, m.OccurredAt }).ToListAsync(cancellationToken)).Select(m => (m.Id, m.AggregateId, m.OccurredAt)));
        }

        // Fanned out already (another subscriber of the same message is what keeps it pending).
        var inbox = services.GetRequiredService<IntegrationDbContext>().Inbox.AsNoTracking();
        var fannedOut = new HashSet<Guid>();
        foreach (var chunk in undelivered.Select(u => u.Id).Chunk(500))
        {
            fannedOut.UnionWith(await inbox.Where(i => chunk.Contains(i.EventId)).Select(i => i.EventId).ToListAsync(cancellationToken));
        }

        var earliest = new Dictionary<Guid, DateTimeOffset>();
        foreach (var (id, aggregate, at) in undelivered.Where(u => !fannedOut.Contains(u.Id)))
        {
            if (!earliest.TryGetValue(aggregate, out var first) || at < first)
            {
                earliest[aggregate] = at;
            }
        }

        return earliest;
    }

    private async Task<int> SendTargetAsync(
        string target, List<Guid> ids, HashSet<Guid> heldAggregates, Dictionary<Guid, DateTimeOffset> upstream, LeaseHold lease, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var channel = scope.ServiceProvider.GetServices<IDeliveryChannel>().FirstOrDefault(c => c.Serves(target));
        var attempted = 0;
        foreach (var id in ids)
        {
            // Lost to another host (this one stalled past its lease): that host carries on from the database.
            if (!await lease.KeepAsync(cancellationToken))
            {
                return attempted;
            }

            var delivery = await db.Deliveries.FirstAsync(d => d.Id == id, cancellationToken);

            // Another host's pass or an administrator may have moved it since the round's read; or an
            // earlier event of its aggregate is still on its way out of some module's outbox.
            if (delivery.State != DeliveryState.Pending || heldAggregates.Contains(delivery.AggregateId))
            {
                continue;
            }

            if (upstream.TryGetValue(delivery.AggregateId, out var earlier) && earlier < delivery.OccurredAt)
            {
                heldAggregates.Add(delivery.AggregateId);
                continue;
            }

            var outcome = channel is null
                ? DeliveryOutcome.Failure(null, $"no channel serves target {target}", permanent: true)
                : await channel.SendAsync(delivery, cancellationToken);
            var now = clock.GetUtcNow();
            if (outcome.Succeeded)
            {
                delivery.Delivered(now, outcome.StatusCode, outcome.ReceiptId);
                Lag.Record((now - delivery.OccurredAt).TotalSeconds, new KeyValuePair<string, object?>("target", TargetKind(target)));
            }
            else if (outcome.CircuitOpen)
            {
                // The receiver is known to be failing: no attempt is spent; the whole target waits for the breaker.
                delivery.Deferred(now + TimeSpan.FromSeconds(resilience.BreakerBreakSeconds), outcome.Error!);
                await db.SaveChangesAsync(cancellationToken);
                LogBreakerOpen(logger, target);
                return attempted;
            }
            else
            {
                delivery.Failed(now, outcome.StatusCode, outcome.Error!, outcome.Permanent, options.MaxAttempts, options.RetryDelay(delivery.Attempts + 1, outcome.RetryAfter));
                heldAggregates.Add(delivery.AggregateId);
                LogAttemptFailed(logger, delivery.Id, target, delivery.EventType, outcome.StatusCode);
                if (delivery.State == DeliveryState.DeadLettered)
                {
                    Parked.Add(1, new KeyValuePair<string, object?>("target", TargetKind(target)));
                    LogParked(logger, delivery.Id, target, delivery.EventType, delivery.Attempts);
                }
            }

            // Recorded one by one: a crash resends at most the delivery in hand, which the receiver deduplicates.
            await db.SaveChangesAsync(cancellationToken);
            attempted++;
        }

        return attempted;
    }

    /// <summary>The dispatch lease, renewed once a third of it has passed; shared by the round's parallel targets.</summary>
    private sealed class LeaseHold(IServiceScopeFactory scopes, string owner, TimeSpan duration, TimeProvider clock)
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private DateTimeOffset? renewedAt;
        private bool lost;

        public async Task<bool> KeepAsync(CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                if (lost || (renewedAt is { } at && clock.GetUtcNow() - at < duration / 3))
                {
                    return !lost;
                }

                await using var scope = scopes.CreateAsyncScope();
                lost = !await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Leases.TryAcquireAsync(Job, owner, duration, clock, cancellationToken);
                renewedAt = clock.GetUtcNow();
                return !lost;
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private static string TargetKind(string target) => target.StartsWith("webhook:", StringComparison.Ordinal) ? "webhook" : target;

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery pass failed; the next pass retries")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    // Targets are ids, never URLs: a URL may carry a receiver's token in its query.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} of {EventType} to {Target} failed (status {StatusCode}); it will be retried unless parked")]
    private static partial void LogAttemptFailed(ILogger logger, Guid deliveryId, string target, string eventType, int? statusCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery {DeliveryId} of {EventType} to {Target} parked after {Attempts} attempt(s); later events of its aggregate wait for a redelivery")]
    private static partial void LogParked(ILogger logger, Guid deliveryId, string target, string eventType, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The circuit breaker of {Target} is open; its deliveries wait")]
    private static partial void LogBreakerOpen(ILogger logger, string target);
}
