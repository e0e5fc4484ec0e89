using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LawyerWork.Migrations.PostgreSql;

/// <summary>
/// Module contexts on PostgreSQL: one database, a schema per module, and each module's
/// migrations-history table inside its own schema, so a module's login needs no other schema.
/// </summary>
public sealed class PostgreSqlModuleDatabase(string connectionString) : IModuleDatabase
{
    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public void Configure(DbContextOptionsBuilder options, string schema)
    {
        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(PostgreSqlModuleDatabase).Assembly.GetName().Name)
            .MigrationsHistoryTable("__migrations_history", schema));
        options.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }
}
