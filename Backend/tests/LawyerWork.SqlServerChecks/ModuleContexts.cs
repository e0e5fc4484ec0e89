using LawyerWork.Access;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Migrations.PostgreSql;
using LawyerWork.Migrations.Sqlite;
using LawyerWork.Migrations.SqlServer;
using LawyerWork.Modules.Integration;
using LawyerWork.Modules.Integration.Persistence;
using LawyerWork.Modules.Registry;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Supervision;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawyerWork.SqlServerChecks;

/// <summary>Every context that has migrations: a module's, Access's and the audit trail's.</summary>
public enum ModuleContext
{
    Registry,
    Supervision,
    Integration,
    Access,
    Audit,
}

/// <summary>
/// Builds the contexts the way the Host and the design-time factories do (the provider's
/// <see cref="IModuleDatabase"/> configures each with its schema), against connection strings that
/// are parsed but never opened.
/// </summary>
internal static class ModuleContexts
{
    // `.invalid` is reserved (RFC 2606): were anything to try to connect, it would fail, not reach a server.
    public const string SqlServerConnection = "Server=sqlserver.invalid;Database=lawyerwork;Encrypt=True";

    public static IModuleDatabase SqlServer { get; } = new SqlServerModuleDatabase(SqlServerConnection);

    public static IReadOnlyList<IModuleDatabase> AllProviders { get; } =
    [
        new SqliteModuleDatabase("Data Source=:memory:"),
        new PostgreSqlModuleDatabase("Host=postgres.invalid;Database=lawyerwork"),
        SqlServer,
    ];

    public static DbContext Create(ModuleContext module, IModuleDatabase database, params IInterceptor[] interceptors) => module switch
    {
        ModuleContext.Registry => new RegistryDbContext(Options<RegistryDbContext>(database, RegistryModule.Schema, interceptors).Options),
        ModuleContext.Supervision => new SupervisionDbContext(Options<SupervisionDbContext>(database, SupervisionModule.Schema, interceptors).Options),
        ModuleContext.Integration => new IntegrationDbContext(Options<IntegrationDbContext>(database, IntegrationModule.Schema, interceptors).Options),
        ModuleContext.Access => CreateAccess(database, interceptors),
        ModuleContext.Audit => new AuditDbContext(Options<AuditDbContext>(database, AuditDbContext.Schema, interceptors).Options),
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, null),
    };

    public static TContext Create<TContext>(ModuleContext module, params IInterceptor[] interceptors)
        where TContext : DbContext => (TContext)Create(module, SqlServer, interceptors);

    private static AccessDbContext CreateAccess(IModuleDatabase database, IInterceptor[] interceptors)
    {
        var options = Options<AccessDbContext>(database, AccessDbContext.Schema, interceptors);
        options.UseOpenIddict<Guid>();
        return new AccessDbContext(options.Options);
    }

    private static DbContextOptionsBuilder<TContext> Options<TContext>(IModuleDatabase database, string schema, IInterceptor[] interceptors)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        database.Configure(options, schema);
        if (interceptors.Length > 0)
        {
            options.AddInterceptors(interceptors);
        }

        return options;
    }
}
