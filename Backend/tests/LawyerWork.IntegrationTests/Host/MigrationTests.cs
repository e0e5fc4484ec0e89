using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.IntegrationTests.Host;

public sealed class MigrationTests
{
    [Test]
    public void Every_module_model_is_captured_by_its_migrations()
    {
        using var factory = new LawyerWorkFactory();
        using var scope = factory.Services.CreateScope();
        var modules = scope.ServiceProvider.GetServices<ModuleDbContextType>().ToList();
        Assert.That(modules, Is.Not.Empty);
        foreach (var module in modules)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            Assert.That(db.Database.HasPendingModelChanges(), Is.False,
                $"{module.Schema}: the model changed without a migration (add one with dotnet ef migrations add)");
        }
    }

    [Test]
    public async Task Each_module_keeps_its_own_tables_and_migrations_history()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        await using var connection = await factory.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = factory.Database.IsSqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsLock' ORDER BY name"
            : "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        // (EF's own migration lock table on SQLite is left out: on a server EF locks with the server's own means.)
        var database = factory.Database;
        string[] schemas = ["registry", "supervision", "integration", "access", "audit"];
        foreach (var schema in schemas)
        {
            // SQLite has no schemas, so each module's history table carries the module's name instead.
            Assert.That(tables, Does.Contain(database.IsSqlite ? $"{schema}_migrations_history" : $"{schema}.__migrations_history"));
        }

        Assert.That(tables, Does.Contain(database.Table("registry", "regions")).And.Contain(database.Table("audit", "records")));
        var owned = string.Join('|', schemas);
        Assert.That(tables, Has.All.Match(database.IsSqlite ? $"^({owned})_" : $@"^({owned})\."),
            "every table belongs to a module's schema; nothing lands in the default one");
    }
}
