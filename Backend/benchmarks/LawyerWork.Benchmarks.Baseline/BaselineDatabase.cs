using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace LawyerWork.Benchmarks.Baseline;

/// <summary>
/// The product's database as plain ADO.NET sees it, on either provider: table names (<c>registry_lawyers</c>
/// on SQLite, <c>registry.lawyers</c> on PostgreSQL), pooled connections, and the storage conventions of
/// the product's ModelConventions: instants as microseconds since the Unix epoch on SQLite and
/// <c>timestamptz</c> to the microsecond on PostgreSQL, ids as uppercase TEXT on SQLite (what both EF Core
/// and Microsoft.Data.Sqlite write for a Guid) and <c>uuid</c> on PostgreSQL.
/// </summary>
internal sealed class BaselineDatabase(BaselineProvider provider, string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource? postgres = provider == BaselineProvider.PostgreSql ? NpgsqlDataSource.Create(connectionString) : null;

    public bool IsSqlite => provider == BaselineProvider.Sqlite;

    public string Table(string schema, string table) => IsSqlite ? $"{schema}_{table}" : $"{schema}.{table}";

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (postgres is not null)
        {
            return await postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// A value compared with a fixed-length <c>character(n)</c> column (codes, certificate numbers). On
    /// PostgreSQL a <c>text</c> parameter would make the comparison text = text, casting the column and
    /// losing its index; typed as <c>character</c> it compares as the column does (as EF Core's typed parameters do).
    /// </summary>
    public static void AddFixed(DbCommand command, string name, string value)
    {
        if (command is NpgsqlCommand npgsql)
        {
            npgsql.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Char) { Value = value });
        }
        else
        {
            Add(command, name, value);
        }
    }

    public void AddInstant(DbCommand command, string name, DateTimeOffset value)
    {
        var utcTicks = value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond);
        Add(command, name, IsSqlite
            ? (utcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond
            : new DateTimeOffset(utcTicks, TimeSpan.Zero));
    }

    public DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => IsSqlite
        ? new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (reader.GetInt64(ordinal) * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero)
        : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateOnly? NullableDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    public static Guid? NullableGuid(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    public async ValueTask DisposeAsync()
    {
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
    }
}
