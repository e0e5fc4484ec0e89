using LawyerWork.Access;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.Modules.Registry;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LawyerWork.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build each module's model without starting the Host.</summary>
internal sealed class RegistryDesignTimeFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RegistryDbContext>();
        new SqliteModuleDatabase("Data Source=design-time.db").Configure(options, RegistryModule.Schema);
        return new RegistryDbContext(options.Options);
    }
}

internal sealed class AccessDesignTimeFactory : IDesignTimeDbContextFactory<AccessDbContext>
{
    public AccessDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccessDbContext>();
        new SqliteModuleDatabase("Data Source=design-time.db").Configure(options, AccessDbContext.Schema);
        options.UseOpenIddict<Guid>();
        return new AccessDbContext(options.Options);
    }
}

internal sealed class AuditDesignTimeFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AuditDbContext>();
        new SqliteModuleDatabase("Data Source=design-time.db").Configure(options, AuditDbContext.Schema);
        return new AuditDbContext(options.Options);
    }
}
