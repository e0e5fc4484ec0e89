using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LawyerWork.Host.Database;

/// <summary>Ready means every module can reach its tables and none has a migration still to apply.</summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDbContextType>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"{module.Schema}: database unreachable");
            }

            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                return HealthCheckResult.Unhealthy($"{module.Schema}: migrations pending");
            }
        }

        return HealthCheckResult.Healthy();
    }
}
