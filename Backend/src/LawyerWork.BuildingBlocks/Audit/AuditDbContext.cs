using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>
/// Schema <c>audit</c>: the records every module writes in its own transaction, and the leases of
/// background jobs. This context owns the tables' migrations; module contexts map the records table
/// without migrating it.
/// </summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : ModuleDbContext(options, Schema)
{
    /// <summary>The constructor dependency injection uses: the context knows its request's services (<see cref="IRequestServices"/>).</summary>
    public AuditDbContext(DbContextOptions<AuditDbContext> options, IServiceProvider requestServices)
        : this(options) => RequestServices = requestServices;

    public new const string Schema = "audit";

    public DbSet<AuditRecord> Records => Set<AuditRecord>();

    public DbSet<Lease> Leases => Set<Lease>();

    protected override bool OwnsAuditRecords => true;

    protected override bool HasOutboxAndIdempotency => false;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var lease = modelBuilder.Entity<Lease>();
        lease.ToTable("leases");
        lease.HasKey(l => l.Job);
        lease.Property(l => l.Job).HasMaxLength(100).IsUnicode(false);
        lease.Property(l => l.Owner).HasMaxLength(100).IsUnicode(false);
        base.OnModelCreating(modelBuilder);
    }
}
