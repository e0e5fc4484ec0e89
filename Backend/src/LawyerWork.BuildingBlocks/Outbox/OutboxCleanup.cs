using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawyerWork.BuildingBlocks.Outbox;

/// <summary>
/// Keeps the delivery record for <see cref="OutboxOptions.RetainDays"/> and no longer: deletes outbox
/// messages delivered or skipped before then, and inbox rows processed before then, from every
/// module, once a day in effect (hourly, one host at a time). Pending and dead-lettered messages stay,
/// however old; an inbox row outlives the message it deduplicates, since both use the same age.
/// </summary>
public sealed class OutboxCleanup(IServiceScopeFactory scopes, OutboxOptions options, TimeProvider clock, ILogger<OutboxCleanup> logger)
    : LeasedJob(scopes, clock, logger)
{
    public const string JobName = "outbox-cleanup";

    public override string Job => JobName;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override string Operation => "DeleteDeliveredEvents";

    protected override async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var before = Clock.GetUtcNow().AddDays(-options.RetainDays);
        var deleted = 0;
        foreach (var module in services.GetServices<ModuleDbContextType>().Where(m => m.HasOutbox))
        {
            var db = (ModuleDbContext)services.GetRequiredService(module.ContextType);
            deleted += await db.Outbox
                .Where(m => (m.State == OutboxState.Dispatched || m.State == OutboxState.Skipped) && m.OccurredAt < before)
                .ExecuteDeleteAsync(cancellationToken);
            deleted += await db.Inbox.Where(i => i.ProcessedAt < before).ExecuteDeleteAsync(cancellationToken);
        }

        return deleted;
    }
}
