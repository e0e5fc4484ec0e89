using LawyerWork.Modules.Supervision.Domain.Integrity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Supervision.Persistence.Configurations;

internal sealed class IntegrityRecordConfiguration : IEntityTypeConfiguration<IntegrityRecord>
{
    public void Configure(EntityTypeBuilder<IntegrityRecord> builder)
    {
        builder.ToTable("integrity_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.Subject).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.SubjectName).HasMaxLength(150);
        builder.Property(r => r.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(r => r.Measure).HasMaxLength(32).IsUnicode(false);
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.DecidedBy).HasMaxLength(100);
        builder.Property(r => r.DocumentNumber).HasMaxLength(60);

        // The public look-up reads a subject's records; the staff list filters by region and date.
        builder.HasIndex(r => new { r.Subject, r.SubjectId, r.DisclosedUntil });
        builder.HasIndex(r => new { r.RegionCode, r.DecidedOn });
        builder.HasIndex(r => r.ComplaintId);
    }
}
