using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawyerWork.BuildingBlocks.Idempotency;

/// <summary>
/// Deletes idempotency records past their 24 hours from every module's table, on one host at a time
/// (the "idempotency-cleanup" lease), so the table holds a day of keys and no more.
/// </summary>
public sealed class IdempotencyCleanup(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyCleanup> logger)
    : LeasedJob(scopes, clock, logger)
{
    public const string JobName = "idempotency-cleanup";

    public override string Job => JobName;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(10);

    protected override string Operation => "DeleteExpiredIdempotencyKeys";

    protected override async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var deleted = 0;
        foreach (var module in services.GetServices<ModuleDbContextType>().Where(m => m.ContextType != typeof(AuditDbContext)))
        {
            if (services.GetRequiredService(module.ContextType) is ModuleDbContext db)
            {
                deleted += await db.IdempotencyRecords.Where(r => r.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
            }
        }

        return deleted;
    }
}
