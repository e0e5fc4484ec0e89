using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.Modules.Integration.Domain;
using LawyerWork.Modules.Integration.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawyerWork.Modules.Integration.Dispatch;

/// <summary>
/// Keeps the delivery log for <see cref="DeliveryOptions.RetainDays"/>: deletes deliveries delivered
/// before then (hourly, one host at a time). Waiting and parked ones stay, however old: they are work
/// not yet done. Reconciliation looks back days, not months, so it never needs a pruned row.
/// </summary>
public sealed class DeliveryCleanup(IServiceScopeFactory scopes, DeliveryOptions options, TimeProvider clock, ILogger<DeliveryCleanup> logger)
    : LeasedJob(scopes, clock, logger)
{
    public override string Job => "integration-delivery-cleanup";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override string Operation => "DeleteDeliveredDeliveries";

    protected override async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var before = Clock.GetUtcNow().AddDays(-Math.Max(1, options.RetainDays));
        return await services.GetRequiredService<IntegrationDbContext>().Deliveries
            .Where(d => d.State == DeliveryState.Delivered && d.DeliveredAt < before)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
