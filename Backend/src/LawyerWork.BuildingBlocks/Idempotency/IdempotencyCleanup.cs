using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LawyerWork.BuildingBlocks.Idempotency;

/// <summary>
/// Deletes idempotency records past their 24 hours from every module's table, on one host at a time
/// (the "idempotency-cleanup" lease), so the table holds a day of keys and no more.
/// </summary>
public sealed partial class IdempotencyCleanup(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyCleanup> logger) : BackgroundService
{
    public const string Job = "idempotency-cleanup";
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    public string Owner { get; init; } = Leases.Leases.ThisHost;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCleanupFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; returns how many expired records were deleted, or null when another host holds the lease.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        if (!await audit.Leases.TryAcquireAsync(Job, Owner, Interval, clock, cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var deleted = 0;
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDbContextType>().Where(m => m.ContextType != typeof(AuditDbContext)))
        {
            if (scope.ServiceProvider.GetRequiredService(module.ContextType) is ModuleDbContext db)
            {
                deleted += await db.IdempotencyRecords.Where(r => r.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
            }
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Idempotency cleanup failed; the next pass retries")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception);
}
