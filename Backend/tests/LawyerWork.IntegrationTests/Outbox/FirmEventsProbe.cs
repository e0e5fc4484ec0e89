using System.Collections.Concurrent;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.IntegrationTests.Outbox;

/// <summary>
/// What two real subscribers of Registry's firm events did (they are idempotent consumers with an
/// inbox, like any module's), and a switch that makes them fail for chosen firms, as a consumer
/// with a bug or an unreachable dependency would.
/// </summary>
public sealed class FirmEventsProbe
{
    public ConcurrentQueue<(Guid EventId, Guid FirmId, string Type)> Consumed { get; } = new();

    /// <summary>Firm names (known before the firm, and so its events, exist) whose events of a type fail.</summary>
    public ConcurrentDictionary<(string FirmName, string Type), bool> Failing { get; } = new();

    public static void Register(IServiceCollection services, FirmEventsProbe probe)
    {
        services.AddSingleton(probe);
        services.AddIntegrationEventHandler<FirmRegistered, FirmRegisteredProbe>();
        services.AddIntegrationEventHandler<FirmUpdated, FirmUpdatedProbe>();
    }

    public IReadOnlyList<string> TypesFor(Guid firmId) => Consumed.Where(c => c.FirmId == firmId).Select(c => c.Type).ToList();

    internal Task Take(Guid eventId, Guid firmId, string firmName, string type)
    {
        if (Failing.ContainsKey((firmName, type)))
        {
            throw new InvalidOperationException($"the probe refuses {type} for this firm");
        }

        Consumed.Enqueue((eventId, firmId, type));
        return Task.CompletedTask;
    }
}

public sealed class FirmRegisteredProbe(RegistryDbContext db, TimeProvider clock, FirmEventsProbe probe)
    : IntegrationEventConsumer<FirmRegistered, RegistryDbContext>(db, clock)
{
    protected override Task ConsumeAsync(IntegrationEvent<FirmRegistered> integrationEvent, CancellationToken cancellationToken) =>
        probe.Take(integrationEvent.Id, integrationEvent.Data.FirmId, integrationEvent.Data.Name, nameof(FirmRegistered));
}

public sealed class FirmUpdatedProbe(RegistryDbContext db, TimeProvider clock, FirmEventsProbe probe)
    : IntegrationEventConsumer<FirmUpdated, RegistryDbContext>(db, clock)
{
    protected override Task ConsumeAsync(IntegrationEvent<FirmUpdated> integrationEvent, CancellationToken cancellationToken) =>
        probe.Take(integrationEvent.Id, integrationEvent.Data.FirmId, integrationEvent.Data.Name, nameof(FirmUpdated));
}
