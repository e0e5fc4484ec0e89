using LawyerWork.BuildingBlocks.Leases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>
/// Seals committed audit records into the chain, on one host at a time (the "audit-sealer" lease),
/// giving each its position as it is sealed, and writes signed checkpoints of the chain head.
/// </summary>
public sealed partial class AuditSealer(IServiceScopeFactory scopes, AuditOptions options, AuditCheckpoints checkpoints, TimeProvider clock, ILogger<AuditSealer> logger)
    : BackgroundService
{
    /// <summary>The meter that carries the audit trail's metrics (export it with OpenTelemetry or dotnet-counters).</summary>
    public const string MeterName = "LawyerWork.Audit";

    private static readonly System.Diagnostics.Metrics.Meter Meter = new(MeterName);
    private static double lastLagSeconds;

    static AuditSealer() => Meter.CreateObservableGauge(
        "lawyerwork.audit.sealing_lag", () => Volatile.Read(ref lastLagSeconds), unit: "s",
        description: "Age of the oldest unsealed audit record after the last sealing pass on this host.");

    public const string Job = "audit-sealer";
    private const int Batch = 500;
    private readonly SemaphoreSlim passes = new(1, 1);
    private long sealedSinceCheckpoint;
    private DateTimeOffset lastCheckpoint = DateTimeOffset.MinValue;

    /// <summary>The name this sealer holds the lease under; one per host (a second in one process simulates a second host).</summary>
    public string Owner { get; init; } = Leases.Leases.ThisHost;

    /// <summary>Seconds between the oldest unsealed record and now, after the last pass (a metric).</summary>
    public double SealingLagSeconds { get; private set; }

    /// <summary>
    /// A host that cannot seal must not start: without its keys every record would stay unsealed
    /// while the host looked healthy.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        options.SealKey(options.CurrentSealKeyId);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.SealIntervalSeconds), clock);
        do
        {
            try
            {
                await SealPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next pass retries: records stay unsealed, and verification reports how many.
                LogSealingFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: take the lease, seal everything unsealed in batches, checkpoint when due. Returns how many were sealed.</summary>
    public async Task<int> SealPendingAsync(CancellationToken cancellationToken)
    {
        // One pass at a time on this host (the lease keeps other hosts out; this keeps overlapping callers out).
        await passes.WaitAsync(cancellationToken);
        try
        {
            return await SealPassAsync(cancellationToken);
        }
        finally
        {
            passes.Release();
        }
    }

    private async Task<int> SealPassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var lease = TimeSpan.FromSeconds(Math.Max(30, options.SealIntervalSeconds * 10));
        if (!await db.Leases.TryAcquireAsync(Job, Owner, lease, clock, cancellationToken))
        {
            return 0;
        }

        var key = options.SealKey(options.CurrentSealKeyId);
        var total = 0;
        while (true)
        {
            var tail = await db.Records.AsNoTracking().Where(r => r.Sequence != null)
                .OrderByDescending(r => r.Sequence).Select(r => new { r.Sequence, r.Seal }).FirstOrDefaultAsync(cancellationToken);
            var pending = await NextBatch(db).ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                break;
            }

            var sequence = tail?.Sequence ?? 0;
            var previous = tail?.Seal;
            var now = clock.GetUtcNow();
            foreach (var record in pending)
            {
                record.Sequence = ++sequence;
                record.SealKeyId = options.CurrentSealKeyId;
                record.Seal = AuditChain.Seal(key, previous, record);
                record.SealedAt = now;
                previous = record.Seal;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            total += pending.Count;
            sealedSinceCheckpoint += pending.Count;
            await db.Leases.TryAcquireAsync(Job, Owner, lease, clock, cancellationToken);
        }

        var oldest = await db.Records.AsNoTracking().Where(r => r.Sequence == null).OrderBy(r => r.RecordedAt).Select(r => (DateTimeOffset?)r.RecordedAt).FirstOrDefaultAsync(cancellationToken);
        SealingLagSeconds = oldest is null ? 0 : (clock.GetUtcNow() - oldest.Value).TotalSeconds;
        Volatile.Write(ref lastLagSeconds, SealingLagSeconds);
        await CheckpointIfDueAsync(db, cancellationToken);
        return total;
    }

    private async Task CheckpointIfDueAsync(AuditDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = sealedSinceCheckpoint >= options.CheckpointEveryRecords
            || (sealedSinceCheckpoint > 0 && now - lastCheckpoint >= TimeSpan.FromMinutes(options.CheckpointEveryMinutes));
        if (!due || !checkpoints.CanSign)
        {
            return;
        }

        var head = await db.Records.AsNoTracking().Where(r => r.Sequence != null).OrderByDescending(r => r.Sequence).FirstAsync(cancellationToken);
        await checkpoints.WriteAsync(head.Sequence!.Value, head.Seal!, head.SealKeyId!, now, cancellationToken);
        sealedSinceCheckpoint = 0;
        lastCheckpoint = now;
    }

    /// <summary>The next records to seal, oldest first: read through the partial index of unsealed records (AuditChanges.PlaceRecords).</summary>
    public static IQueryable<AuditRecord> NextBatch(AuditDbContext db) =>
        db.Records.Where(r => r.Sequence == null).OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Take(Batch);

    /// <summary>Writes a checkpoint of the current head now (build.ps1 audit-verify -Checkpoint, tests).</summary>
    public async Task<AuditCheckpoint?> CheckpointNowAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var head = await db.Records.AsNoTracking().Where(r => r.Sequence != null).OrderByDescending(r => r.Sequence).FirstOrDefaultAsync(cancellationToken);
        return head is null || !checkpoints.CanSign
            ? null
            : await checkpoints.WriteAsync(head.Sequence!.Value, head.Seal!, head.SealKeyId!, clock.GetUtcNow(), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit sealing failed; the next pass retries")]
    private static partial void LogSealingFailed(ILogger logger, Exception exception);
}
