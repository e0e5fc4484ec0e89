using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LawyerWork.Migrations.SqlServer;

/// <summary>
/// Module contexts on SQL Server: one database, a schema per module, and each module's
/// migrations-history table inside its own schema, so a module's login needs no other schema
/// (docs/operations/sqlserver.md).
/// </summary>
public sealed class SqlServerModuleDatabase(string connectionString) : IModuleDatabase
{
    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public void Configure(DbContextOptionsBuilder options, string schema)
    {
        options.UseSqlServer(connectionString, sqlServer => sqlServer
            .MigrationsAssembly(typeof(SqlServerModuleDatabase).Assembly.GetName().Name)
            .MigrationsHistoryTable("__migrations_history", schema));
        options.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }
}
