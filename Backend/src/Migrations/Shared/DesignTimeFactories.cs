using LawyerWork.Access;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.Modules.Integration;
using LawyerWork.Modules.Integration.Persistence;
using LawyerWork.Modules.Registry;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Supervision;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

// Compiled into every migrations assembly (linked, not copied): each assembly supplies
// DesignTimeDatabase.Create() for its provider, so the three never disagree about how a module's
// model is built when `dotnet ef migrations add` runs.
namespace LawyerWork.Migrations;

internal sealed class RegistryDesignTimeFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) =>
        new(DesignTimeDatabase.Options<RegistryDbContext>(RegistryModule.Schema).Options);
}

internal sealed class SupervisionDesignTimeFactory : IDesignTimeDbContextFactory<SupervisionDbContext>
{
    public SupervisionDbContext CreateDbContext(string[] args) =>
        new(DesignTimeDatabase.Options<SupervisionDbContext>(SupervisionModule.Schema).Options);
}

internal sealed class IntegrationDesignTimeFactory : IDesignTimeDbContextFactory<IntegrationDbContext>
{
    public IntegrationDbContext CreateDbContext(string[] args) =>
        new(DesignTimeDatabase.Options<IntegrationDbContext>(IntegrationModule.Schema).Options);
}

internal sealed class AccessDesignTimeFactory : IDesignTimeDbContextFactory<AccessDbContext>
{
    public AccessDbContext CreateDbContext(string[] args)
    {
        var options = DesignTimeDatabase.Options<AccessDbContext>(AccessDbContext.Schema);
        options.UseOpenIddict<Guid>();
        return new AccessDbContext(options.Options);
    }
}

internal sealed class AuditDesignTimeFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) =>
        new(DesignTimeDatabase.Options<AuditDbContext>(AuditDbContext.Schema).Options);
}

internal static partial class DesignTimeDatabase
{
    public static DbContextOptionsBuilder<TContext> Options<TContext>(string schema)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        Create().Configure(options, schema);
        return options;
    }
}
