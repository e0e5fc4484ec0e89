using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Supervision.Persistence.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ReceiptNumber).HasMaxLength(20).IsUnicode(false);
        builder.HasIndex(c => c.ReceiptNumber).IsUnique();
        builder.Property(c => c.LookupCodeHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(c => c.ComplainantName).HasMaxLength(50);
        builder.Property(c => c.ComplainantPhone).HasMaxLength(20).IsUnicode(false);
        builder.Property(c => c.SubjectName).HasMaxLength(150);
        builder.Property(c => c.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(c => c.Summary).HasMaxLength(200);
        builder.Property(c => c.Details).HasMaxLength(5000);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(c => c.HandlerId).HasMaxLength(100);
        builder.Property(c => c.HandlerName).HasMaxLength(100);
        builder.Property(c => c.DeadlineStep).HasMaxLength(40).IsUnicode(false);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(c => c.Discipline).HasConversion<string>().HasMaxLength(32).IsUnicode(false);
        builder.Property(c => c.DecisionSubject).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(c => c.DecisionReason).HasMaxLength(2000);
        builder.Property(c => c.DecisionDocumentNumber).HasMaxLength(60);
        builder.Property(c => c.Penalty).HasConversion<string>().HasMaxLength(32).IsUnicode(false);
        builder.Property(c => c.PenaltyAmount).HasPrecision(14, 2);
        builder.Property(c => c.PenaltyDocumentNumber).HasMaxLength(60);
        builder.Property(c => c.NotifiedBy).HasConversion<string>().HasMaxLength(16).IsUnicode(false);

        // The ledger's filters: region subtree with state, overdue, and the filing date.
        builder.HasIndex(c => new { c.RegionCode, c.State });
        builder.HasIndex(c => new { c.Overdue, c.DueOn });
        builder.HasIndex(c => c.FiledAt);
        builder.HasIndex(c => c.LawyerId);
        builder.HasIndex(c => c.FirmId);

        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany<ComplaintAttachment>().WithOne().HasForeignKey(a => a.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComplaintStepConfiguration : IEntityTypeConfiguration<CaseStep<ComplaintStepKind>>
{
    public void Configure(EntityTypeBuilder<CaseStep<ComplaintStepKind>> builder) => CaseSteps.Configure(builder, "complaint_steps");
}

internal sealed class ComplaintAttachmentConfiguration : IEntityTypeConfiguration<ComplaintAttachment>
{
    public void Configure(EntityTypeBuilder<ComplaintAttachment> builder)
    {
        builder.ToTable("complaint_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100).IsUnicode(false);
        builder.Property(a => a.UploadedBy).HasMaxLength(100);
        builder.HasIndex(a => a.ComplaintId);
    }
}

internal static class CaseSteps
{
    public static void Configure<TKind>(EntityTypeBuilder<CaseStep<TKind>> builder, string table)
        where TKind : struct, Enum
    {
        builder.ToTable(table);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(24).IsUnicode(false);
        builder.Property(s => s.ActorId).HasMaxLength(100);
        builder.Property(s => s.ActorName).HasMaxLength(100);
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.HasIndex(s => new { s.CaseId, s.At });
    }
}
