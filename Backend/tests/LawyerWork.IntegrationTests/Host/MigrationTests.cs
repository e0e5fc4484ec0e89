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
    public async Task Each_module_keeps_its_own_migrations_history_in_the_shared_file()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.That(tables, Does.Contain("registry_migrations_history").And.Contain("registry_regions"));
        Assert.That(tables.Where(t => !t.StartsWith("sqlite_", StringComparison.Ordinal)), Has.All.Contains("_"));
    }
}
