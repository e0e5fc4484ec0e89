using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawyerWork.Modules.Integration.National;

/// <summary>
/// Compares the last <see cref="NationalOptions.ReconcileDays"/> days with the national system every
/// <see cref="NationalOptions.ReconcileIntervalMinutes"/>; the results are the reconciliation ledger
/// administrators read (<c>GET /api/integration/national/reconciliation</c>). Returns the days that differ.
/// </summary>
public sealed class ReconciliationJob(IServiceScopeFactory scopes, NationalOptions options, TimeProvider clock, ILogger<ReconciliationJob> logger)
    : LeasedJob(scopes, clock, logger)
{
    public override string Job => "integration-reconciliation";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.ReconcileIntervalMinutes));

    protected override string Operation => "ReconcileNational";

    protected override async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var reconciliation = services.GetRequiredService<Reconciliation>();
        var today = ShanghaiClock.Today(Clock);
        var differing = 0;
        for (var day = today.AddDays(1 - Math.Max(1, options.ReconcileDays)); day <= today; day = day.AddDays(1))
        {
            differing += (await reconciliation.CheckAsync(day, cancellationToken)).Matches ? 0 : 1;
        }

        return differing;
    }
}
