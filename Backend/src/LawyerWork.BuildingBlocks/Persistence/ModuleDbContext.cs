using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>
/// The base of every module's DbContext: its schema, the shared naming and type conventions, and
/// the <see cref="IVersioned.Version"/> bump on every saved change.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options)
{
    public const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    public string Schema { get; } = schema;

    public bool IsSqlite => Database.ProviderName == SqliteProviderName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!IsSqlite)
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, t => ConfigurationBelongsHere(t));
        ModelConventions.Apply(modelBuilder, Schema, IsSqlite);
    }

    /// <summary>Lets an assembly with several contexts pick which configurations apply; one context per module takes all.</summary>
    protected virtual bool ConfigurationBelongsHere(Type configurationType) => true;

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

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
