using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawyerWork.Modules.Registry.Features.Penalties;

/// <summary>
/// Ends the suspensions whose period is over (Asia/Shanghai date): the lawyer or firm practises again
/// from the day the period ended, recorded as a status change and audited as
/// <c>system:registry-suspension-expiry</c>. Hourly and idempotent.
/// </summary>
public sealed class SuspensionExpiryJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SuspensionExpiryJob> logger) : LeasedJob(scopes, clock, logger)
{
    public const string JobName = "registry-suspension-expiry";

    private const string SuspensionEnded = "处罚期满，恢复执业";

    public override string Job => JobName;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override string Operation => "EndSuspension";

    protected override async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RegistryDbContext>();
        var today = ShanghaiClock.Today(Clock);
        var now = Clock.GetUtcNow();
        var ended = 0;
        foreach (var lawyer in await db.Lawyers.Include(l => l.Firm)
                     .Where(l => l.Status == LawyerStatus.Suspended && l.SuspendedUntil != null && l.SuspendedUntil <= today).ToListAsync(cancellationToken))
        {
            if (lawyer.EndSuspension(today, now))
            {
                db.AnnounceStatus(lawyer, LawyerStatus.Suspended, today, SuspensionEnded, Clock);
                ended++;
            }
        }

        foreach (var firm in await db.Firms.Where(f => f.Status == FirmStatus.Suspended && f.SuspendedUntil != null && f.SuspendedUntil <= today).ToListAsync(cancellationToken))
        {
            if (firm.EndSuspension(today, now))
            {
                db.AnnounceStatus(firm, FirmStatus.Suspended, today, SuspensionEnded, Clock);
                ended++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return ended;
    }
}
