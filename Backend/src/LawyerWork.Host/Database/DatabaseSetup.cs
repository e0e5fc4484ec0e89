using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Migrations.Sqlite;

namespace LawyerWork.Host.Database;

/// <summary>
/// Chooses the provider from <c>Database:Provider</c> and the connection string
/// <c>ConnectionStrings:LawyerWork</c>. SQLite is the embedded default (ADR 0003); SQL Server and
/// PostgreSQL arrive with their migrations assemblies (the production-databases issue), and until
/// then asking for them stops the host with a message instead of failing on first query.
/// </summary>
internal static class DatabaseSetup
{
    public const string ConnectionStringName = "LawyerWork";

    public static IServiceCollection AddLawyerWorkDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        IModuleDatabase database = provider switch
        {
            DatabaseProvider.Sqlite => new SqliteModuleDatabase(SqliteConnection(connectionString)),
            _ => throw new InvalidOperationException(
                $"Database:Provider '{provider}' has no migrations in this build yet; use Sqlite (see docs/operations/databases.md)."),
        };
        services.AddSingleton(database);
        services.AddHostedService<DatabaseMigrator>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    // The embedded default keeps its file under data/ beside the working directory; the folder is made here
    // because SQLite creates files, not folders.
    private static string SqliteConnection(string? configured)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=data/lawyerwork.db" : configured);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.DataSource != ":memory:" && directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        return builder.ToString();
    }
}
