using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Migrations.Sqlite;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.IntegrationTests.Host;

/// <summary>
/// The SQLite settings (write-ahead log, busy timeout) are applied once per physical connection, so a
/// connection the pool hands out again must still carry them, and a new one must get them; and the
/// host's write gate is given back however a transaction ends.
/// </summary>
public sealed class SqliteConnectionTests
{
    [Test]
    public async Task Every_request_s_connection_is_in_write_ahead_log_mode_with_a_busy_timeout_also_when_the_pool_reuses_it()
    {
        using var factory = new LawyerWorkFactory();
        Assume.That(factory.Database.IsSqlite, "SQLite only");
        using var client = factory.CreateClient();

        // Several requests' contexts in turn (the pool reuses one connection) and at once (it opens more).
        for (var round = 0; round < 3; round++)
        {
            var scopes = Enumerable.Range(0, 3).Select(_ => factory.Services.CreateAsyncScope()).ToList();
            try
            {
                foreach (var scope in scopes)
                {
                    var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
                    await db.Database.OpenConnectionAsync();
                    Assert.That(await PragmaAsync(db, "journal_mode"), Is.EqualTo("wal"));
                    Assert.That(await PragmaAsync(db, "busy_timeout"), Is.EqualTo("5000"));
                }
            }
            finally
            {
                foreach (var scope in scopes)
                {
                    await scope.DisposeAsync();
                }
            }
        }
    }

    // Write transactions queue at the host's write gate (ADR 0019); a transaction that ends in any way
    // must give it back, or every later write would wait out the busy timeout.
    [Test]
    public async Task A_write_transaction_gives_the_write_gate_back_when_committed_rolled_back_or_left_unfinished()
    {
        using var factory = new LawyerWorkFactory();
        Assume.That(factory.Database.IsSqlite, "SQLite only");
        using var client = factory.CreateClient();
        var database = (SqliteModuleDatabase)factory.Services.GetRequiredService<IModuleDatabase>();

        foreach (var ending in new[] { "commit", "rollback", "left unfinished" })
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
                var transaction = await db.Database.BeginTransactionAsync();
                Assert.That(database.WriteGateTaken, Is.True, ending);
                await db.Database.ExecuteSqlRawAsync("UPDATE registry_regions SET name = name WHERE code = '220000'");
                if (ending == "commit")
                {
                    await transaction.CommitAsync();
                }
                else if (ending == "rollback")
                {
                    await transaction.RollbackAsync();
                }
                else
                {
                    await transaction.DisposeAsync();
                }

                Assert.That(database.WriteGateTaken, Is.False, ending);
            }
        }

        // A context disposed with its transaction open (the request ended in an exception) gives it back too.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Database.BeginTransactionAsync();
            Assert.That(database.WriteGateTaken, Is.True);
        }

        Assert.That(database.WriteGateTaken, Is.False);
    }

    private static async Task<string?> PragmaAsync(DbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
