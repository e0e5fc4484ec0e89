using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace LawyerWork.Benchmarks.Runner;

/// <summary>
/// Fills a migrated PostgreSQL benchmark database from the SQLite benchmark database of the same scale
/// and seed with binary COPY: the same people, firms and accounts on both providers (so their figures
/// compare), and 700,000 lawyers in about a minute instead of another pass through the domain.
/// Tables are taken from PostgreSQL's catalogue; each maps to SQLite's `{schema}_{table}` (ADR 0010:
/// one model, the SQLite provider prefixes instead of schemas). The work queues and the audit trail are
/// not copied: the PostgreSQL run starts with empty queues and an empty chain.
/// </summary>
public static class PostgresCopy
{
    private static readonly string[] Schemas = ["registry", "access", "supervision", "integration"];

    private static readonly string[] Skipped = ["outbox_messages", "inbox_messages", "idempotency_records", "deliveries", "__ef_migrations_history"];

    public static async Task CopyAsync(string sqliteConnection, string postgresConnection, Action<string> report)
    {
        var watch = Stopwatch.StartNew();
        await using var target = new NpgsqlConnection(postgresConnection);
        await target.OpenAsync();
        await using var source = new SqliteConnection(sqliteConnection + ";Mode=ReadOnly");
        await source.OpenAsync();
        // The rows are consistent as SQLite holds them; foreign keys are not checked row by row while
        // tables arrive in catalogue order (the throw-away server's superuser may switch them off).
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", target))
        {
            await replica.ExecuteNonQueryAsync();
        }

        var copied = 0L;
        foreach (var table in await TablesAsync(target))
        {
            var rows = await CopyTableAsync(source, target, table);
            copied += rows;
            if (rows > 0)
            {
                report($"  {table.Schema}.{table.Name}: {rows:N0} rows");
            }
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE", target) { CommandTimeout = 0 })
        {
            await analyze.ExecuteNonQueryAsync();
        }

        report($"Copied {copied:N0} rows into PostgreSQL with binary COPY in {watch.Elapsed.TotalSeconds:0} s");
    }

    private sealed record Table(string Schema, string Name, List<(string Name, string Type, bool Identity)> Columns);

    private static async Task<List<Table>> TablesAsync(NpgsqlConnection target)
    {
        const string sql = """
            SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.is_identity = 'YES'
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = ANY(@schemas) AND c.is_generated = 'NEVER'
            ORDER BY c.table_schema, c.table_name, c.ordinal_position
            """;
        await using var command = new NpgsqlCommand(sql, target);
        command.Parameters.AddWithValue("schemas", Schemas);
        var tables = new List<Table>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (schema, name) = (reader.GetString(0), reader.GetString(1));
            if (Skipped.Any(s => name.EndsWith(s, StringComparison.Ordinal) || name.Contains("migrations", StringComparison.Ordinal)))
            {
                continue;
            }

            if (tables.Count == 0 || tables[^1].Schema != schema || tables[^1].Name != name)
            {
                tables.Add(new Table(schema, name, []));
            }

            tables[^1].Columns.Add((reader.GetString(2), reader.GetString(3), reader.GetBoolean(4)));
        }

        return tables;
    }

    private static async Task<long> CopyTableAsync(SqliteConnection source, NpgsqlConnection target, Table table)
    {
        // Reference data (regions, organisations, working days) comes with the migrations on both providers.
        await using (var filled = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {Quote(table.Schema)}.{Quote(table.Name)})", target))
        {
            if ((bool)(await filled.ExecuteScalarAsync())!)
            {
                return 0;
            }
        }

        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Schema + "_" + table.Name)}";
        await using var reader = await read.ExecuteReaderAsync();
        var columns = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
        long rows = 0;
        await using (var writer = await target.BeginBinaryImportAsync($"COPY {Quote(table.Schema)}.{Quote(table.Name)} ({columns}) FROM STDIN (FORMAT BINARY)"))
        {
            while (await reader.ReadAsync())
            {
                await writer.StartRowAsync();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    if (reader.IsDBNull(i))
                    {
                        await writer.WriteNullAsync();
                    }
                    else
                    {
                        await WriteAsync(writer, table.Columns[i].Type, reader.GetValue(i));
                    }
                }

                rows++;
            }

            await writer.CompleteAsync();
        }

        // Identity columns were given their values: their sequences must continue after them.
        foreach (var (name, _, _) in table.Columns.Where(c => c.Identity))
        {
            await using var reseed = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{table.Schema}.{table.Name}', '{name}'), COALESCE(MAX({Quote(name)}), 0) + 1, false) FROM {Quote(table.Schema)}.{Quote(table.Name)}", target);
            await reseed.ExecuteScalarAsync();
        }

        return rows;
    }

    /// <summary>SQLite's storage of each model type (ADR 0010: instants as microseconds since 1970, Guids and dates as text) turned back into PostgreSQL's.</summary>
    private static Task WriteAsync(NpgsqlBinaryImporter writer, string type, object value) => type switch
    {
        "uuid" => writer.WriteAsync(Guid.Parse((string)value), NpgsqlDbType.Uuid),
        "timestamp with time zone" => writer.WriteAsync(Instant(value), NpgsqlDbType.TimestampTz),
        "date" => writer.WriteAsync(DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture), NpgsqlDbType.Date),
        "boolean" => writer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean),
        "integer" => writer.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer),
        "bigint" => writer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint),
        "smallint" => writer.WriteAsync(Convert.ToInt16(value, CultureInfo.InvariantCulture), NpgsqlDbType.Smallint),
        "numeric" => writer.WriteAsync(Convert.ToDecimal(value, CultureInfo.InvariantCulture), NpgsqlDbType.Numeric),
        "bytea" => writer.WriteAsync((byte[])value, NpgsqlDbType.Bytea),
        "text" or "character varying" or "character" => writer.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text),
        _ => throw new NotSupportedException($"The benchmark copy does not know PostgreSQL type {type}; add its conversion here."),
    };

    private static DateTime Instant(object value) => value switch
    {
        long microseconds => DateTime.UnixEpoch.AddTicks(microseconds * 10),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime,
        _ => throw new NotSupportedException($"An instant stored as {value.GetType().Name}."),
    };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
