using Microsoft.EntityFrameworkCore;

namespace LawyerWork.SqlServerChecks;

/// <summary>
/// No SQL Server runs here, so the scripts are held against SQL Server's own grammar instead: what
/// would fail to parse on deployment fails here first.
/// </summary>
public sealed class MigrationScriptTests
{
    [Test]
    public void Every_modules_idempotent_SQL_Server_script_parses_as_T_SQL([Values] ModuleContext module)
    {
        using var context = ModuleContexts.Create(module, ModuleContexts.SqlServer);
        var script = MigrationScripts.Idempotent(context);

        Assert.That(context.Database.GetMigrations(), Is.Not.Empty, $"{module} has no SQL Server migrations");
        Assert.That(script, Does.Contain("CREATE TABLE"), "the script should create the module's tables");
        var problems = TSqlCheck.Problems(module.ToString(), script);
        Assert.That(problems, Is.Empty, () => string.Join(Environment.NewLine, problems));
    }

    [Test]
    public void Every_modules_script_keeps_its_history_in_its_own_schema([Values] ModuleContext module)
    {
        using var context = ModuleContexts.Create(module, ModuleContexts.SqlServer);
        var script = MigrationScripts.Idempotent(context);
        var schema = module.ToString().ToLowerInvariant();

        // Per-schema history: migrating a module needs rights on its own schema only (docs/operations/sqlserver.md).
        Assert.That(script, Does.Contain($"[{schema}].[__migrations_history]"));
        Assert.That(script, Does.Not.Contain("[__EFMigrationsHistory]"));
    }
}
