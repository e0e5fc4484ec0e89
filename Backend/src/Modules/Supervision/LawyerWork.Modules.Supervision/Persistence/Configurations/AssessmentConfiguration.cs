using LawyerWork.Modules.Supervision.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Supervision.Persistence.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<FirmAssessment>
{
    public void Configure(EntityTypeBuilder<FirmAssessment> builder)
    {
        builder.ToTable("firm_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FirmName).HasMaxLength(100);
        builder.Property(a => a.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(a => a.SelfReport).HasMaxLength(10_000);
        builder.Property(a => a.Opinion).HasMaxLength(5000);
        builder.Property(a => a.FirmResult).HasConversion<string>().HasMaxLength(24).IsUnicode(false);
        builder.Property(a => a.FirmResultReason).HasMaxLength(2000);
        builder.Property(a => a.DecidedBy).HasMaxLength(100);

        // A firm is assessed once a year.
        builder.HasIndex(a => new { a.Year, a.FirmId }).IsUnique();
        builder.HasIndex(a => new { a.Year, a.RegionCode, a.State });
        builder.HasMany(a => a.Lawyers).WithOne().HasForeignKey(l => l.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Lawyers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LawyerAssessmentConfiguration : IEntityTypeConfiguration<LawyerAssessment>
{
    public void Configure(EntityTypeBuilder<LawyerAssessment> builder)
    {
        builder.ToTable("lawyer_assessments");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.LawyerName).HasMaxLength(50);
        builder.Property(l => l.Practice).HasMaxLength(2000);
        builder.Property(l => l.ProBonoHours).HasPrecision(8, 1);
        builder.Property(l => l.TrainingCredits).HasPrecision(8, 1);
        builder.Property(l => l.SuggestedResult).HasConversion<string>().HasMaxLength(24).IsUnicode(false);
        builder.Property(l => l.Opinion).HasMaxLength(2000);
        builder.Property(l => l.Result).HasConversion<string>().HasMaxLength(24).IsUnicode(false);
        builder.Property(l => l.ResultReason).HasMaxLength(2000);
        builder.Property(l => l.OverrideReason).HasMaxLength(2000);
        builder.HasIndex(l => new { l.AssessmentId, l.LawyerId }).IsUnique();
        builder.HasIndex(l => l.LawyerId);
    }
}
