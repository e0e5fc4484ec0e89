using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawyerWork.Migrations.Sqlite;

/// <summary>
/// Every SQLite connection the product opens: write-ahead logging, so that readers never wait for a
/// writer (in SQLite's default rollback journal, a public look-up waited whenever a background job —
/// a lease renewal, the audit sealer, the outbox — committed, and retried after sleeping: the benchmark
/// saw p99 of 300 ms on reads that take 2); and a busy timeout, so that writers queue inside SQLite for
/// the lock instead of failing. WAL is a property of the file, kept once set; the pragma costs nothing after.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
