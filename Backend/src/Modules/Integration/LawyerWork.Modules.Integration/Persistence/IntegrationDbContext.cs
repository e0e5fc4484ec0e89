using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Integration.Dispatch;
using LawyerWork.Modules.Integration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LawyerWork.Modules.Integration.Persistence;

/// <summary>Schema <c>integration</c>: webhook subscriptions, deliveries to every external target, national reconciliation.</summary>
public sealed class IntegrationDbContext(DbContextOptions<IntegrationDbContext> options)
    : ModuleDbContext(options, IntegrationModule.Schema)
{
    /// <summary>The constructor dependency injection uses: the context knows its request's services (<see cref="IRequestServices"/>).</summary>
    public IntegrationDbContext(DbContextOptions<IntegrationDbContext> options, IServiceProvider requestServices)
        : this(options) => RequestServices = requestServices;

    public DbSet<WebhookSubscription> Subscriptions => Set<WebhookSubscription>();

    public DbSet<Domain.Delivery> Deliveries => Set<Domain.Delivery>();

    public DbSet<ReconciliationDay> ReconciliationDays => Set<ReconciliationDay>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var queued = ChangeTracker.Entries<Domain.Delivery>().Any(e => e.State == EntityState.Added);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (queued)
        {
            // Saved means committed (modules open no transactions of their own): the dispatcher may send now.
            (this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(DeliverySignal)) as DeliverySignal)?.Notify();
        }

        return saved;
    }
}
