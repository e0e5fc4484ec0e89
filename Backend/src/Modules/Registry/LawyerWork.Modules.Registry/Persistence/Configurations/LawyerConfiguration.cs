using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Registry.Persistence.Configurations;

internal sealed class LawyerConfiguration : IEntityTypeConfiguration<Lawyer>
{
    public void Configure(EntityTypeBuilder<Lawyer> builder)
    {
        builder.ToTable("lawyers");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Name).HasMaxLength(50);
        builder.Property(l => l.NameSearch).HasMaxLength(50).ComparesByCodePoint();
        builder.Property(l => l.Gender).HasConversion<string>().HasMaxLength(8).IsUnicode(false);
        builder.Property(l => l.IdNumber).HasMaxLength(18).IsFixedLength().IsUnicode(false);
        builder.Property(l => l.Phone).HasMaxLength(11).IsUnicode(false);
        builder.Property(l => l.CertificateNumber).HasMaxLength(17).IsFixedLength().IsUnicode(false);
        builder.Property(l => l.Category).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(l => l.Employer).HasMaxLength(100);
        builder.Property(l => l.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(l => l.Languages).HasMaxLength(100).IsUnicode(false);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(l => l.StatusReason).HasMaxLength(500);
        builder.HasIndex(l => l.CertificateNumber).IsUnique();
        builder.HasIndex(l => l.IdNumber);
        // The lists' default order is (name, id): indexes ending with the id serve a page by walking them
        // in order — by the name for a prefecture or the province, within one county's code for a county
        // (DataScopeFilters.InRegion; docs/decisions/0017).
        builder.HasIndex(l => new { l.RegionCode, l.NameSearch, l.Id });
        builder.HasIndex(l => new { l.NameSearch, l.Id });
        builder.HasIndex(l => l.FirmId);
        builder.HasOne(l => l.Firm).WithMany().HasForeignKey(l => l.FirmId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(l => l.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Specialties).WithOne().HasForeignKey(s => s.LawyerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.FirmHistory).WithOne().HasForeignKey(p => p.LawyerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Specialties).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(l => l.FirmHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LawyerSpecialtyConfiguration : IEntityTypeConfiguration<LawyerSpecialty>
{
    public void Configure(EntityTypeBuilder<LawyerSpecialty> builder)
    {
        builder.ToTable("lawyer_specialties");
        builder.HasKey(s => new { s.LawyerId, s.Specialty });
        builder.Property(s => s.Specialty).HasConversion<string>().HasMaxLength(32).IsUnicode(false);
        builder.HasIndex(s => s.Specialty);
    }
}

internal sealed class LawyerFirmPeriodConfiguration : IEntityTypeConfiguration<LawyerFirmPeriod>
{
    public void Configure(EntityTypeBuilder<LawyerFirmPeriod> builder)
    {
        builder.ToTable("lawyer_firm_periods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.FirmName).HasMaxLength(100);
        builder.HasIndex(p => new { p.LawyerId, p.From });
        builder.HasIndex(p => p.FirmId);
        builder.HasOne<Firm>().WithMany().HasForeignKey(p => p.FirmId).OnDelete(DeleteBehavior.Restrict);
    }
}
