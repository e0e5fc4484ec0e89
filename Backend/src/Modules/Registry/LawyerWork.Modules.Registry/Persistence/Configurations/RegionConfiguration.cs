using LawyerWork.Modules.Registry.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Registry.Persistence.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(r => r.Name).HasMaxLength(64);
        builder.Property(r => r.ParentCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.CodeKind).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ParentCode);

        // Reference data is part of the schema's history: seeded by migration, changed by migration.
        builder.HasData(RegionSeed.Regions);
    }
}
