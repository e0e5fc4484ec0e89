using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LawyerWork.BuildingBlocks.Idempotency;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>
/// Audit records for the changes a context is about to save, added to that same save: a change and
/// its record commit or roll back together, on the context's own connection and transaction. Every
/// context that changes business data (each module's, and Access's) calls it from SaveChanges.
/// </summary>
public static class AuditChanges
{
    public static void Stage(DbContext context, Func<IProperty, bool> isSecret)
    {
        var services = (context as IRequestServices)?.RequestServices;
        if (services?.GetService(typeof(AuditActor)) is not AuditActor actor || services.GetService(typeof(TimeProvider)) is not TimeProvider clock)
        {
            // Contexts used outside a request (demo data, migrations, tools) have no actor to record.
            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var records = new List<AuditRecord>();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (entry.Entity is AuditRecord or OutboxMessage or InboxMessage or IdempotencyRecord or Leases.Lease or IAuditExempt)
            {
                continue;
            }

            var changes = new JsonArray();
            foreach (var property in entry.Properties)
            {
                if (entry.State == EntityState.Modified && !property.IsModified)
                {
                    continue;
                }

                var hidden = isSecret(property.Metadata) || property.Metadata.PropertyInfo?.IsDefined(typeof(PersonalDataAttribute), inherit: false) == true
                    || property.Metadata.PropertyInfo?.IsDefined(typeof(SecretAttribute), inherit: false) == true;
                changes.Add(new JsonObject
                {
                    ["field"] = property.Metadata.Name,
                    ["before"] = entry.State == EntityState.Added ? null : Value(property.OriginalValue, hidden),
                    ["after"] = entry.State == EntityState.Deleted ? null : Value(property.CurrentValue, hidden),
                });
            }

            var record = actor.NewRecord(actor.Operation ?? "Change", AuditOutcome.Succeeded, now);
            record.TargetType = entry.Metadata.ClrType.Name;
            record.TargetId = string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
            record.RegionCode = entry.Metadata.FindProperty("RegionCode") is { } region ? entry.Property(region.Name).CurrentValue as string : null;
            record.Details = changes.ToJsonString();
            records.Add(record);
        }

        context.Set<AuditRecord>().AddRange(records);
    }

    private static JsonNode? Value(object? value, bool hidden) =>
        value is null ? null
        : hidden ? JsonValue.Create("***")
        : JsonSerializer.SerializeToNode(value, value.GetType());

    public static void ConfigureRecords(ModelBuilder modelBuilder)
    {
        var record = modelBuilder.Entity<AuditRecord>();
        record.HasKey(r => r.Id);
        record.Property(r => r.ActorId).HasMaxLength(100);
        record.Property(r => r.ActorName).HasMaxLength(100);
        record.Property(r => r.Role).HasMaxLength(32).IsUnicode(false);
        record.Property(r => r.DataScope).HasMaxLength(64).IsUnicode(false);
        record.Property(r => r.Operation).HasMaxLength(100).IsUnicode(false);
        record.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        record.Property(r => r.Reason).HasMaxLength(200);
        record.Property(r => r.TargetType).HasMaxLength(100).IsUnicode(false);
        record.Property(r => r.TargetId).HasMaxLength(100);
        record.Property(r => r.RegionCode).HasMaxLength(6).IsUnicode(false);
        record.Property(r => r.TraceId).HasMaxLength(64).IsUnicode(false);
        record.Property(r => r.ClientIp).HasMaxLength(64).IsUnicode(false);
        record.Property(r => r.SealKeyId).HasMaxLength(32).IsUnicode(false);
        record.Property(r => r.Seal).HasMaxLength(64).IsUnicode(false);
        record.HasIndex(r => r.Sequence).IsUnique();
        record.HasIndex(r => r.RecordedAt);
        record.HasIndex(r => new { r.TargetType, r.TargetId });
        record.HasIndex(r => r.ActorId);
    }

    /// <summary>After the naming conventions: the one table of schema "audit", migrated only by its owner.</summary>
    public static void PlaceRecords(ModelBuilder modelBuilder, string? providerName, bool owner)
    {
        var isSqlite = providerName == ModuleDbContext.SqliteProviderName;
        var table = isSqlite ? AuditDbContext.Schema + "_records" : "records";
        var records = modelBuilder.Entity<AuditRecord>();
        records.Metadata.SetTableName(table);
        records.Metadata.SetSchema(isSqlite ? null : AuditDbContext.Schema);
        if (!owner)
        {
            records.Metadata.SetIsTableExcludedFromMigrations(true);
            return;
        }

        // The sealer reads the unsealed records oldest first, 500 at a time. A partial index holds only
        // those, however long the sealed chain grows; the sequence's unique index holds only sealed
        // ones, so no planner can take it for "sequence IS NULL": SQLite's did (equality on a unique
        // index looks like one row) and sorted the whole backlog for every batch, 0.5-2 s a batch at
        // two million unsealed records, slower than the audited write rate (docs/benchmarks/analysis.md).
        var sequence = providerName == ModelConventions.SqlServerProviderName ? "[sequence]" : "\"sequence\"";
        records.HasIndex(r => r.Sequence).IsUnique().HasFilter($"{sequence} IS NOT NULL");
        records.HasIndex(r => new { r.RecordedAt, r.Id }).HasDatabaseName($"ix_{table}_unsealed").HasFilter($"{sequence} IS NULL");
    }
}
