using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LawyerWork.SqlServerChecks;

/// <summary>
/// The script an operator runs (docs/operations/sqlserver.md): every migration of a context,
/// idempotent, as <c>dotnet ef migrations script --idempotent</c> writes it. No connection is made.
/// </summary>
internal static class MigrationScripts
{
    public static string Idempotent(DbContext context) =>
        context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

    /// <summary>What SQL Server's parser refuses in the context's whole idempotent script.</summary>
    public static IReadOnlyList<TSqlProblem> Problems(DbContext context) =>
        TSqlCheck.Problems(context.GetType().Name, Idempotent(context));
}
