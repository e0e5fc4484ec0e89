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
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options), IRequestServices
{
    public IServiceProvider? RequestServices { get; protected init; }

    public const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    public string Schema { get; } = schema;

    public bool IsSqlite => Database.ProviderName == SqliteProviderName;

    /// <summary>True only for the audit context: every other context maps the records table but never migrates it.</summary>
    protected virtual bool OwnsAuditRecords => false;

    protected virtual bool HasOutboxAndIdempotency => true;

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

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
            ConfigureInbox(modelBuilder);
            ConfigureIdempotency(modelBuilder);
        }
        else
        {
            modelBuilder.Ignore<OutboxMessage>();
            modelBuilder.Ignore<InboxMessage>();
            modelBuilder.Ignore<IdempotencyRecord>();
        }

        AuditChanges.ConfigureRecords(modelBuilder);
        ModelConventions.Apply(modelBuilder, Schema, Database.ProviderName);
        AuditChanges.PlaceRecords(modelBuilder, Database.ProviderName, OwnsAuditRecords);
    }

    private static void ConfigureOutbox(ModelBuilder modelBuilder)
    {
        var outbox = modelBuilder.Entity<OutboxMessage>();
        outbox.ToTable("outbox_messages");
        outbox.HasKey(m => m.Id);
        outbox.Property(m => m.Type).HasMaxLength(200).IsUnicode(false);
        outbox.Property(m => m.State).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        outbox.Property(m => m.LastError).HasMaxLength(2000);

        // The dispatcher's two reads: due messages in order, and aggregates held back.
        outbox.HasIndex(m => new { m.State, m.NextAttemptAt, m.OccurredAt });
        outbox.HasIndex(m => m.AggregateId);
    }

    private static void ConfigureInbox(ModelBuilder modelBuilder)
    {
        var inbox = modelBuilder.Entity<InboxMessage>();
        inbox.ToTable("inbox_messages");
        inbox.HasKey(i => new { i.Consumer, i.EventId });
        inbox.Property(i => i.Consumer).HasMaxLength(200).IsUnicode(false);
        inbox.Property(i => i.EventType).HasMaxLength(200).IsUnicode(false);
        inbox.HasIndex(i => i.ProcessedAt);
    }

    private static void ConfigureIdempotency(ModelBuilder modelBuilder)
    {
        var record = modelBuilder.Entity<IdempotencyRecord>();
        record.ToTable("idempotency_records");
        record.HasKey(r => new { r.CallerId, r.Route, r.Key });
        record.Property(r => r.CallerId).HasMaxLength(100);
        record.Property(r => r.Route).HasMaxLength(200).IsUnicode(false);
        record.Property(r => r.Key).HasMaxLength(100).ComparesByCodePoint();
        record.Property(r => r.RequestHash).HasMaxLength(64).IsUnicode(false);
        record.Property(r => r.Location).HasMaxLength(500);
        record.HasIndex(r => r.ExpiresAt);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        RecordChanges();
        var announces = HasNewOutboxMessages();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        NotifyDispatcher(announces);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        RecordChanges();
        var announces = HasNewOutboxMessages();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        NotifyDispatcher(announces);
        return saved;
    }

    private bool HasNewOutboxMessages() =>
        HasOutboxAndIdempotency && ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);

    // A finished SaveChanges is a commit, so the dispatcher can read the new messages now instead of
    // at its next poll. The one exception, the Registry's import, opens a transaction around its
    // batches and wakes the dispatcher again after its commit.
    private void NotifyDispatcher(bool announces)
    {
        if (announces)
        {
            (RequestServices?.GetService(typeof(OutboxSignal)) as OutboxSignal)?.Notify();
        }
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
