using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Migrations.PostgreSql;
using LawyerWork.Migrations.Sqlite;
using LawyerWork.Migrations.SqlServer;

namespace LawyerWork.Host.Database;

/// <summary>
/// Chooses the provider from <c>Database:Provider</c> and the connection string
/// <c>ConnectionStrings:LawyerWork</c> (environment: <c>Database__Provider</c>,
/// <c>ConnectionStrings__LawyerWork</c>). SQLite is the embedded default (ADR 0003); SQL Server and
/// PostgreSQL are the production servers (docs/operations/), each with its own migrations assembly.
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
            DatabaseProvider.PostgreSql => new PostgreSqlModuleDatabase(ServerConnection(provider, connectionString)),
            DatabaseProvider.SqlServer => new SqlServerModuleDatabase(ServerConnection(provider, connectionString)),
            _ => throw new InvalidOperationException($"Database:Provider '{provider}' is not one of Sqlite, PostgreSql, SqlServer."),
        };
        services.AddSingleton(database);
        services.AddHostedService<DatabaseMigrator>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    // A server database has no sensible default: a host that guessed one would migrate the wrong database.
    private static string ServerConnection(DatabaseProvider provider, string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? throw new InvalidOperationException(
                $"Database:Provider is {provider} but ConnectionStrings:LawyerWork is empty; set it (environment ConnectionStrings__LawyerWork).")
            : configured;

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
