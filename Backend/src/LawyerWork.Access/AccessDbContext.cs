using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Access;

/// <summary>
/// Schema <c>access</c>: Identity's users and OpenIddict's applications and tokens in one context
/// (TOOLCHAIN.md), under the same naming conventions as the modules.
/// </summary>
public sealed class AccessDbContext(DbContextOptions<AccessDbContext> options)
    : IdentityDbContext<AccessUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext, IRequestServices
{
    /// <summary>The constructor dependency injection uses: the context knows its request's services (<see cref="IRequestServices"/>).</summary>
    public AccessDbContext(DbContextOptions<AccessDbContext> options, IServiceProvider requestServices)
        : this(options) => RequestServices = requestServices;

    public IServiceProvider? RequestServices { get; }

    /// <summary>
    /// ASP.NET Core's data-protection key ring (it protects session cookies and antiforgery tokens),
    /// kept in the database so every host behind the load balancer reads what any host wrote.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public const string Schema = "access";

    private bool IsSqlite => Database.ProviderName == ModuleDbContext.SqliteProviderName;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (!IsSqlite)
        {
            builder.HasDefaultSchema(Schema);
        }

        builder.Entity<AccessUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(50);
            user.Property(u => u.Role).HasMaxLength(32).IsUnicode(false);
            user.Property(u => u.DataScope).HasMaxLength(64).IsUnicode(false);
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        // Identity's own templates bound these key parts to 128 characters; unbounded (450 each) they make
        // keys wider than SQL Server's 900-byte clustered-key limit.
        builder.Entity<IdentityUserLogin<Guid>>(login =>
        {
            login.ToTable("user_logins");
            login.Property(l => l.LoginProvider).HasMaxLength(128);
            login.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        builder.Entity<IdentityUserToken<Guid>>(token =>
        {
            token.ToTable("user_tokens");
            token.Property(t => t.LoginProvider).HasMaxLength(128);
            token.Property(t => t.Name).HasMaxLength(128);
        });
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.UseOpenIddict<Guid>();
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("OpenIddict", StringComparison.Ordinal) == true))
        {
            entity.SetTableName("openiddict_" + ModelConventions.SnakeCase(entity.ClrType.Name.Split('`')[0].Replace("OpenIddictEntityFrameworkCore", "", StringComparison.Ordinal)) + "s");
        }

        AuditChanges.ConfigureRecords(builder);
        ModelConventions.Apply(builder, Schema, Database.ProviderName);
        AuditChanges.PlaceRecords(builder, Database.ProviderName, owner: false);

        // OpenIddict leaves its ids to the store: undo the convention that ids are the application's.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("OpenIddict", StringComparison.Ordinal) == true))
        {
            entity.FindPrimaryKey()!.Properties[0].ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd;
        }
    }

    // Hashes, stamps, authenticator keys and client secrets are never written to the audit trail.
    private static readonly HashSet<string> Secrets = new(StringComparer.Ordinal)
    {
        nameof(AccessUser.PasswordHash), nameof(AccessUser.SecurityStamp), nameof(AccessUser.ConcurrencyStamp),
        "Value", "ClientSecret", "Payload", "ReferenceId", nameof(DataProtectionKey.Xml),
    };

    private static bool IsSecret(Microsoft.EntityFrameworkCore.Metadata.IProperty property) => Secrets.Contains(property.Name);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<AccessUser>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }

        AuditChanges.Stage(this, IsSecret);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
