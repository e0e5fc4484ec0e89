using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawyerWork.Migrations.Sqlite;

/// <summary>
/// Every SQLite connection the product opens: write-ahead logging, so that readers never wait for a
/// writer (in SQLite's default rollback journal, a public look-up waited whenever a background job —
/// a lease renewal, the audit sealer, the outbox — committed, and retried after sleeping: the benchmark
/// saw p99 of 300 ms on reads that take 2); and a busy timeout, so that writers of other processes (and
/// of this host, past its write gate's patience: ADR 0019) wait inside SQLite for the lock instead of failing. WAL is a property of the file and the busy timeout one of the physical
/// connection, which the pool keeps open: both are set once per physical connection, not at every
/// logical open (two statements to prepare and run per context per request cost an uncached public
/// look-up about a sixth of its time).
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    public const int BusyTimeoutMilliseconds = 5000;

    private static readonly string Pragmas = $"PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";

    // Physical connections already set up; an entry goes when the pool lets its connection go.
    private readonly ConditionalWeakTable<sqlite3, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || configured.TryAdd(handle, this);
}
