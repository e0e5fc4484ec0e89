using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LawyerWork.SqlServerChecks;

/// <summary>
/// The parse check is only worth something if it fails: two deliberately broken migrations, each in
/// a context of its own whose migrations live in this test assembly, go through the same
/// script generation and parse as the real ones.
/// </summary>
public sealed class BrokenMigrationTests
{
    [Test]
    public void Broken_custom_SQL_is_reported_with_the_migration_that_holds_it()
    {
        using var context = new BrokenSqlContext();

        var problems = MigrationScripts.Problems(context);

        Assert.That(problems, Is.Not.Empty, "the broken migration passed the check");
        Assert.That(problems.Select(p => p.MigrationId), Is.All.EqualTo(BrokenSqlMigration.Id),
            () => "every problem should name " + BrokenSqlMigration.Id + "; got: " + string.Join("; ", problems));
    }

    [Test]
    public void Broken_SQL_inside_EXEC_is_reported_too()
    {
        // EF writes seed data (HasData) as EXEC(N'INSERT …') in idempotent scripts: to the outer
        // parse that is a string literal, so the check parses the literal's text as well.
        const string script = "EXEC(N'INSERT INTO [registry].[regions] ([code] VALUES (''220000'')');\nGO\n";

        var problems = TSqlCheck.Problems("seed", script);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0].ToString(), Does.Contain("inside EXEC").And.Contain("batch 1, line 1"));
    }

    [Test]
    public void An_invalid_column_type_is_reported_with_the_migration_that_holds_it()
    {
        using var context = new BrokenColumnTypeContext();

        var problems = MigrationScripts.Problems(context);

        Assert.That(problems.Any(p => p.MigrationId == BrokenColumnTypeMigration.Id), Is.True,
            () => "expected a problem naming " + BrokenColumnTypeMigration.Id + "; got: " + string.Join("; ", problems));
        Assert.That(problems.Select(p => p.ToString()), Has.Some.Contains(BrokenColumnTypeMigration.Id).And.Contains("batch"));
    }
}

/// <summary>A context whose only migrations are this assembly's broken ones, on SQL Server without a server.</summary>
public abstract class BrokenContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlServer(ModuleContexts.SqlServerConnection, sqlServer =>
            sqlServer.MigrationsAssembly(typeof(BrokenContext).Assembly.GetName().Name));
}

public sealed class BrokenSqlContext : BrokenContext;

public sealed class BrokenColumnTypeContext : BrokenContext;

[DbContext(typeof(BrokenSqlContext))]
[Migration(Id)]
public sealed class BrokenSqlMigration : Migration
{
    public const string Id = "20260101000000_BrokenSql";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE TABLE ok_before (id int NOT NULL);");
        migrationBuilder.Sql("CREATE TABLE broken (");
    }
}

[DbContext(typeof(BrokenColumnTypeContext))]
[Migration(Id)]
public sealed class BrokenColumnTypeMigration : Migration
{
    public const string Id = "20260101000001_BrokenColumnType";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "things",
            columns: table => new { id = table.Column<int>(type: "int", nullable: false) },
            constraints: table => table.PrimaryKey("pk_things", x => x.id));
        migrationBuilder.AddColumn<string>(name: "label", table: "things", type: "nvarchar(", nullable: true);
    }
}
