using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Regions;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Persistence;

/// <summary>Public only because Mediator handlers (public by necessity) take it; its sets stay internal.</summary>
public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options)
    : ModuleDbContext(options, RegistryModule.Schema)
{
    /// <summary>The constructor dependency injection uses: the context knows its request's services (<see cref="IRequestServices"/>).</summary>
    public RegistryDbContext(DbContextOptions<RegistryDbContext> options, IServiceProvider requestServices)
        : this(options) => RequestServices = requestServices;

    internal DbSet<Region> Regions => Set<Region>();

    internal DbSet<Organisation> Organisations => Set<Organisation>();

    internal DbSet<Firm> Firms => Set<Firm>();

    internal DbSet<Lawyer> Lawyers => Set<Lawyer>();

    internal DbSet<LawyerFirmPeriod> LawyerFirmPeriods => Set<LawyerFirmPeriod>();
}
