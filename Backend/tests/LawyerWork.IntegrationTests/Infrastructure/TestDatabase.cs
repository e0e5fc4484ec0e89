using System.Data.Common;
using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LawyerWork.IntegrationTests.Infrastructure;

/// <summary>
/// The database one test host runs on: a fresh SQLite file, or, when build.ps1 test has started its
/// throw-away PostgreSQL server (LAWYERWORK_TEST_POSTGRES names it), a fresh database on that server.
/// Either way each factory gets its own database, so tests isolate themselves and never depend on order.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "LAWYERWORK_TEST_POSTGRES";

    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable(PostgresVariable);

    private readonly string? postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.postgresName = postgresName;
    }

    /// <summary>The provider this run of the suite is on.</summary>
    public static DatabaseProvider RunProvider => string.IsNullOrEmpty(PostgresServer) ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    public static TestDatabase Create(string directory)
    {
        if (RunProvider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "lawyerwork.db")}", null);
        }

        var name = "lw_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(PostgresServer))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return new TestDatabase(DatabaseProvider.PostgreSql, builder.ConnectionString, name);
    }

    /// <summary>A module table's name in raw SQL: <c>registry_firms</c> on SQLite, <c>registry.firms</c> on a server.</summary>
    public string Table(string schema, string table) => IsSqlite ? $"{schema}_{table}" : $"{schema}.{table}";

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = IsSqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        if (postgresName is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(PostgresServer);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
