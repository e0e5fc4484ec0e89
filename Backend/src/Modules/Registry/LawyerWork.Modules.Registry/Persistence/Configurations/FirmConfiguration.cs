using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Registry.Persistence.Configurations;

internal sealed class FirmConfiguration : IEntityTypeConfiguration<Firm>
{
    public void Configure(EntityTypeBuilder<Firm> builder)
    {
        builder.ToTable("firms");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.NameSearch).HasMaxLength(100).ComparesByCodePoint();
        builder.Property(f => f.Uscc).HasMaxLength(18).IsFixedLength().IsUnicode(false);
        builder.Property(f => f.LicenceNumber).HasMaxLength(17).IsUnicode(false);
        builder.Property(f => f.OrganisationForm).HasConversion<string>().HasMaxLength(32).IsUnicode(false);
        builder.Property(f => f.SizeBand).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(f => f.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(f => f.Director).HasMaxLength(50);
        builder.Property(f => f.Address).HasMaxLength(200);
        builder.Property(f => f.Phone).HasMaxLength(20).IsUnicode(false);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(f => f.StatusReason).HasMaxLength(500);
        builder.HasIndex(f => f.Uscc).IsUnique();
        builder.HasIndex(f => f.LicenceNumber).IsUnique();
        // As for lawyers (LawyerConfiguration): the lists' (name, id) order straight from an index.
        builder.HasIndex(f => new { f.RegionCode, f.NameSearch, f.Id });
        builder.HasIndex(f => new { f.NameSearch, f.Id });
        builder.HasIndex(f => f.Status);
        builder.HasOne<Firm>().WithMany().HasForeignKey(f => f.BranchOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(f => f.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
