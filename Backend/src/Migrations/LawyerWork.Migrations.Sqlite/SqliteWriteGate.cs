using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawyerWork.Migrations.Sqlite;

/// <summary>
/// One write transaction at a time per database file inside this process, queued here instead of in
/// SQLite. SQLite has one writer; a transaction that finds the lock taken waits in SQLite's busy
/// handler, which sleeps a thread for 1, 2, 5, 10 … 100 ms between tries: the lock then stands free
/// while its waiters sleep, and on two cores the sleeping threads are the thread pool's. Waiting here
/// hands the lock to the next transaction the moment the last one ends, without blocking a thread
/// (ADR 0019; the lawyer update went from 0.10× to the figure in docs/benchmarks/results.md).
/// Other processes on the same file (a second host, the command-line tools) still meet in SQLite's
/// busy handler, and a transaction that waits here longer than the busy timeout goes on to SQLite's
/// handler as before, so no wait can become a deadlock that SQLite alone would not have had.
/// </summary>
internal sealed class SqliteWriteGate(TimeSpan patience) : DbConnectionInterceptor, IDbTransactionInterceptor
{
    private readonly SemaphoreSlim gate = new(1, 1);

    // The EF connections whose transaction holds the gate; a transaction gives it back when it ends,
    // and its connection when it closes, in case it ended in a way no transaction event reports
    // (disposed unfinished).
    private readonly ConcurrentDictionary<Guid, bool> holders = new();

    public bool Taken => gate.CurrentCount == 0;

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (gate.Wait(patience))
        {
            Hold(eventData.ConnectionId);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (await gate.WaitAsync(patience, cancellationToken))
        {
            Hold(eventData.ConnectionId);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    public override Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    private void Hold(Guid connection)
    {
        if (!holders.TryAdd(connection, true))
        {
            // Cannot happen (one transaction per connection); if it did, the permit is not kept twice.
            gate.Release();
        }
    }

    private void Release(Guid connection)
    {
        if (holders.TryRemove(connection, out _))
        {
            gate.Release();
        }
    }
}
