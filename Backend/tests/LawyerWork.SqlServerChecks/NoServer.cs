using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawyerWork.SqlServerChecks;

/// <summary>
/// Lets the real query code run on a SQL Server context with no server behind it: opening the
/// connection is suppressed and every command answers an empty result, while its text — the SQL
/// EF's SQL Server provider generated — is kept for the parser.
/// </summary>
public sealed class NoServer : DbCommandInterceptor, IDbConnectionInterceptor
{
    private readonly List<string> commands = [];

    public IReadOnlyList<string> Commands => commands;

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command)));

    private DbDataReader Answer(DbCommand command)
    {
        commands.Add(command.CommandText);
        // The reader keeps the rows; disposing the table only releases its component plumbing.
        using var table = new DataTable();

        // A page's total (LongCount) reads exactly one row; every other query is happy with none.
        if (command.CommandText.StartsWith("SELECT COUNT", StringComparison.OrdinalIgnoreCase))
        {
            table.Columns.Add("count", typeof(long));
            table.Rows.Add(0L);
        }

        return table.CreateDataReader();
    }
}
