using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LawyerWork.Modules.Registry.Features.Penalties;

/// <summary>
/// Ends the suspensions whose period is over (Asia/Shanghai date): the lawyer or firm practises again
/// from the day the period ended, recorded as a status change and audited as
/// <c>system:registry-suspension-expiry</c>. Hourly, idempotent, one host at a time (its lease).
/// </summary>
public sealed partial class SuspensionExpiryJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SuspensionExpiryJob> logger) : BackgroundService
{
    public const string Job = "registry-suspension-expiry";
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public string Owner { get; init; } = Leases.ThisHost;

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
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; how many lawyers and firms practise again, or null when another host holds the lease.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Leases.TryAcquireAsync(Job, Owner, Interval, clock, cancellationToken))
        {
            return null;
        }

        var actor = scope.ServiceProvider.GetRequiredService<AuditActor>();
        actor.SystemJob = Job;
        actor.Operation = "EndSuspension";
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var today = ShanghaiClock.Today(clock);
        var now = clock.GetUtcNow();
        var ended = 0;
        foreach (var lawyer in await db.Lawyers.Include(l => l.Firm)
                     .Where(l => l.Status == LawyerStatus.Suspended && l.SuspendedUntil != null && l.SuspendedUntil <= today).ToListAsync(cancellationToken))
        {
            ended += lawyer.EndSuspension(today, now) ? 1 : 0;
        }

        foreach (var firm in await db.Firms.Where(f => f.Status == FirmStatus.Suspended && f.SuspendedUntil != null && f.SuspendedUntil <= today).ToListAsync(cancellationToken))
        {
            ended += firm.EndSuspension(today, now) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (ended > 0)
        {
            LogEnded(logger, ended, today);
        }

        return ended;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} suspension(s) ended as of {Today}")]
    private static partial void LogEnded(ILogger logger, int count, DateOnly today);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ending suspensions failed; the next pass retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
