using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Domain.Rights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Supervision.Persistence.Configurations;

internal sealed class RightsCaseConfiguration : IEntityTypeConfiguration<RightsCase>
{
    public void Configure(EntityTypeBuilder<RightsCase> builder)
    {
        builder.ToTable("rights_cases");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ReceiptNumber).HasMaxLength(20).IsUnicode(false);
        builder.HasIndex(r => r.ReceiptNumber).IsUnique();
        builder.Property(r => r.LawyerName).HasMaxLength(50);
        builder.Property(r => r.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(r => r.Obstruction).HasConversion<string>().HasMaxLength(32).IsUnicode(false);
        builder.Property(r => r.Authority).HasMaxLength(200);
        builder.Property(r => r.Account).HasMaxLength(5000);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.HandlerId).HasMaxLength(100);
        builder.Property(r => r.HandlerName).HasMaxLength(100);
        builder.Property(r => r.DeadlineStep).HasMaxLength(40).IsUnicode(false);
        builder.Property(r => r.Answer).HasMaxLength(2000);
        builder.Property(r => r.Satisfaction).HasConversion<string>().HasMaxLength(24).IsUnicode(false);
        builder.HasIndex(r => new { r.RegionCode, r.State });
        builder.HasIndex(r => new { r.Overdue, r.DueOn });
        builder.HasIndex(r => r.LawyerId);
        builder.HasIndex(r => r.ReportedAt);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RightsStepConfiguration : IEntityTypeConfiguration<CaseStep<RightsStepKind>>
{
    public void Configure(EntityTypeBuilder<CaseStep<RightsStepKind>> builder) => CaseSteps.Configure(builder, "rights_steps");
}
