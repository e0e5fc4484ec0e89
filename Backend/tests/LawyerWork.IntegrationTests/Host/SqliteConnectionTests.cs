using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.IntegrationTests.Host;

/// <summary>
/// The SQLite settings (write-ahead log, busy timeout) are applied once per physical connection, so a
/// connection the pool hands out again must still carry them, and a new one must get them.
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

    private static async Task<string?> PragmaAsync(DbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
