using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LawyerWork.Migrations.Sqlite;

/// <summary>
/// Module contexts on SQLite: one file for all modules, this assembly's migrations, and a
/// migrations-history table per module, because SQLite has no schemas to keep them apart.
/// </summary>
public sealed class SqliteModuleDatabase(string connectionString) : IModuleDatabase
{
    // One per host, so one for every module's context on the file.
    private readonly SqliteWriteGate writeGate = new(TimeSpan.FromMilliseconds(SqliteConnectionSettings.BusyTimeoutMilliseconds));

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>Whether a write transaction of this host holds the write gate now (diagnostics and tests).</summary>
    public bool WriteGateTaken => writeGate.Taken;

    public void Configure(DbContextOptionsBuilder options, string schema)
    {
        options.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(SqliteModuleDatabase).Assembly.GetName().Name)
            .MigrationsHistoryTable($"{schema}_migrations_history"));
        options.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
        options.AddInterceptors(SqliteConnectionSettings.Instance, writeGate);
    }
}
