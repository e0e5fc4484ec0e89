using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.BuildingBlocks.Tests.Leases;

/// <summary>Who holds a job's lease, and when the holder writes, on a real SQLite database.</summary>
public sealed class LeaseTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
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

    [Test]
    public async Task The_holder_renews_only_once_half_the_lease_has_passed()
    {
        var start = clock.Now;
        Assert.That(await AcquireAsync("host-a"), Is.True);
        Assert.That(await ExpiryAsync(), Is.EqualTo(start + Duration));

        clock.Now = start + TimeSpan.FromSeconds(14);
        Assert.That(await AcquireAsync("host-a"), Is.True);
        Assert.That(await ExpiryAsync(), Is.EqualTo(start + Duration), "more than half left: no write");

        clock.Now = start + TimeSpan.FromSeconds(16);
        Assert.That(await AcquireAsync("host-a"), Is.True);
        Assert.That(await ExpiryAsync(), Is.EqualTo(clock.Now + Duration), "renewed");
    }

    [Test]
    public async Task Another_host_waits_until_the_lease_expires_and_then_takes_it()
    {
        var start = clock.Now;
        Assert.That(await AcquireAsync("host-a"), Is.True);

        clock.Now = start + TimeSpan.FromSeconds(29);
        Assert.That(await AcquireAsync("host-b"), Is.False);
        Assert.That(await OwnerAsync(), Is.EqualTo("host-a"));

        clock.Now = start + TimeSpan.FromSeconds(31);
        Assert.That(await AcquireAsync("host-b"), Is.True);
        Assert.That(await OwnerAsync(), Is.EqualTo("host-b"));
        Assert.That(await AcquireAsync("host-a"), Is.False, "the former holder stays out");
    }

    [Test]
    public async Task A_released_lease_is_seen_at_once_by_its_former_holder()
    {
        Assert.That(await AcquireAsync("host-a"), Is.True);
        await using (var db = NewContext())
        {
            await db.Leases.ReleaseAsync("job", "host-a", CancellationToken.None);
        }

        Assert.That(await AcquireAsync("host-b"), Is.True);
        Assert.That(await AcquireAsync("host-a"), Is.False);
    }

    private LeaseContext NewContext() => new(new DbContextOptionsBuilder<LeaseContext>().UseSqlite(connection).Options);

    private async Task<bool> AcquireAsync(string owner)
    {
        await using var db = NewContext();
        return await db.Leases.TryAcquireAsync("job", owner, Duration, clock, CancellationToken.None);
    }

    private async Task<DateTimeOffset> ExpiryAsync()
    {
        await using var db = NewContext();
        return (await db.Leases.AsNoTracking().SingleAsync()).ExpiresAt;
    }

    private async Task<string> OwnerAsync()
    {
        await using var db = NewContext();
        return (await db.Leases.AsNoTracking().SingleAsync()).Owner;
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class LeaseContext(DbContextOptions<LeaseContext> options) : ModuleDbContext(options, "leases")
    {
        public DbSet<Lease> Leases => Set<Lease>();

        protected override bool HasOutboxAndIdempotency => false;

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            var lease = modelBuilder.Entity<Lease>();
            lease.ToTable("leases");
            lease.HasKey(l => l.Job);
            base.OnModelCreating(modelBuilder);
        }
    }
}
