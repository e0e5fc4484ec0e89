using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.BuildingBlocks.Tests.Persistence;

/// <summary>The shared conventions on a real SQLite database: table prefixes, instants, the Version token.</summary>
public sealed class ModuleDbContextTests
{
    private SqliteConnection connection = null!;

    [SetUp]
    public async Task Open()
    {
        connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
    }

    [TearDown]
    public async Task Close() => await connection.DisposeAsync();

    private NotesContext NewContext() => new(new DbContextOptionsBuilder<NotesContext>().UseSqlite(connection).Options);

    [Test]
    public async Task Tables_are_prefixed_with_the_schema_and_columns_are_snake_case()
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE name = 'notes_notes'";
        var sql = (string?)await command.ExecuteScalarAsync();
        Assert.That(sql, Does.Contain("\"written_at\"").And.Contain("\"version\""));
    }

    [Test]
    public async Task Instants_round_trip_in_utc_to_the_microsecond_and_order_across_offsets()
    {
        var early = new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234567);
        var late = new DateTimeOffset(2026, 3, 1, 11, 0, 0, TimeSpan.Zero);
        await using (var db = NewContext())
        {
            db.Notes.AddRange(new Note { Id = Guid.CreateVersion7(), Text = "late", WrittenAt = late }, new Note { Id = Guid.CreateVersion7(), Text = "early", WrittenAt = early });
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            var ordered = await db.Notes.OrderBy(n => n.WrittenAt).ToListAsync();
            Assert.That(ordered.Select(n => n.Text), Is.EqualTo(new[] { "early", "late" }));
            Assert.That(ordered[0].WrittenAt.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(ordered[0].WrittenAt, Is.EqualTo(early.AddTicks(-(early.UtcTicks % 10))));
            Assert.That(await db.Notes.CountAsync(n => n.WrittenAt > early), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Each_saved_change_bumps_the_version_and_a_stale_writer_is_refused()
    {
        var id = Guid.CreateVersion7();
        await using (var db = NewContext())
        {
            db.Notes.Add(new Note { Id = id, Text = "v0", WrittenAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
        }

        await using var first = NewContext();
        await using var second = NewContext();
        var mine = await first.Notes.SingleAsync(n => n.Id == id);
        var theirs = await second.Notes.SingleAsync(n => n.Id == id);
        mine.Text = "mine";
        await first.SaveChangesAsync();
        Assert.That(mine.Version, Is.EqualTo(1));

        theirs.Text = "theirs";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = NewContext();
        Assert.That((await check.Notes.SingleAsync(n => n.Id == id)).Text, Is.EqualTo("mine"));
    }

    public sealed class Note : IVersioned
    {
        public Guid Id { get; set; }

        public string Text { get; set; } = "";

        public DateTimeOffset WrittenAt { get; set; }

        public long Version { get; set; }
    }

    private sealed class NotesContext(DbContextOptions<NotesContext> options) : ModuleDbContext(options, "notes")
    {
        public DbSet<Note> Notes => Set<Note>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Note>().ToTable("notes");
            base.OnModelCreating(modelBuilder);
        }
    }
}
