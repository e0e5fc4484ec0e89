using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Idempotency;
using LawyerWork.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>
/// The base of every module's DbContext: its schema, the shared naming and type conventions, and
/// the <see cref="IVersioned.Version"/> bump on every saved change, and the outbox and idempotency
/// tables every module keeps in its own schema (so both commit with the module's changes).
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options)
{
    public const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    public string Schema { get; } = schema;

    public bool IsSqlite => Database.ProviderName == SqliteProviderName;

    /// <summary>True only for the audit context: every other context maps the records table but never migrates it.</summary>
    protected virtual bool OwnsAuditRecords => false;

    protected virtual bool HasOutboxAndIdempotency => true;

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!IsSqlite)
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        if (HasOutboxAndIdempotency)
        {
            ConfigureOutbox(modelBuilder);
            ConfigureIdempotency(modelBuilder);
        }
        else
        {
            modelBuilder.Ignore<OutboxMessage>();
            modelBuilder.Ignore<IdempotencyRecord>();
        }

        AuditChanges.ConfigureRecords(modelBuilder);
        ModelConventions.Apply(modelBuilder, Schema, IsSqlite);
        AuditChanges.PlaceRecords(modelBuilder, IsSqlite, OwnsAuditRecords);
    }

    private static void ConfigureOutbox(ModelBuilder modelBuilder)
    {
        var outbox = modelBuilder.Entity<OutboxMessage>();
        outbox.ToTable("outbox_messages");
        outbox.HasKey(m => m.Id);
        outbox.Property(m => m.Type).HasMaxLength(200).IsUnicode(false);
        outbox.HasIndex(m => new { m.DispatchedAt, m.OccurredAt });
        outbox.HasIndex(m => m.AggregateId);
    }

    private static void ConfigureIdempotency(ModelBuilder modelBuilder)
    {
        var record = modelBuilder.Entity<IdempotencyRecord>();
        record.ToTable("idempotency_records");
        record.HasKey(r => new { r.CallerId, r.Route, r.Key });
        record.Property(r => r.CallerId).HasMaxLength(100);
        record.Property(r => r.Route).HasMaxLength(200).IsUnicode(false);
        record.Property(r => r.Key).HasMaxLength(100);
        record.Property(r => r.RequestHash).HasMaxLength(64).IsUnicode(false);
        record.Property(r => r.Location).HasMaxLength(500);
        record.HasIndex(r => r.ExpiresAt);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        RecordChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        RecordChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void RecordChanges() => AuditChanges.Stage(this, isSecret: _ => false);

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (long)version.OriginalValue! + 1;
            }
        }
    }
}

/// <summary>
/// EF caches one model per context type; the model differs by provider (table prefixes, converters),
/// and one process may talk to two providers (the test suite does), so the provider is in the key.
/// </summary>
public sealed class ProviderAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.Database.ProviderName, designTime);
}
