using System.Text.Json;
using LawyerWork.Modules.Supervision.Domain.ModelFirms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Supervision.Persistence.Configurations;

internal sealed class ModelFirmConfiguration : IEntityTypeConfiguration<ModelFirm>
{
    // The review's scores as one JSON text on every provider: they are read and written with the case, never queried.
    private static readonly ValueComparer<List<CriterionScore>> ScoresComparer = new(
        (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (hash, score) => HashCode.Combine(hash, score)), v => v.ToList());

    public void Configure(EntityTypeBuilder<ModelFirm> builder)
    {
        builder.ToTable("model_firms");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.FirmName).HasMaxLength(100);
        builder.Property(m => m.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(m => m.SizeBand).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(m => m.NominatedBy).HasMaxLength(100);
        builder.Property(m => m.NominationReason).HasMaxLength(2000);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(m => m.Scores)
            .HasConversion(v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null), v => JsonSerializer.Deserialize<List<CriterionScore>>(v, (JsonSerializerOptions?)null) ?? new List<CriterionScore>(), ScoresComparer)
            .HasMaxLength(4000);
        builder.Property(m => m.TotalScore).HasPrecision(8, 2);
        builder.Property(m => m.ReviewNote).HasMaxLength(2000);
        builder.Property(m => m.DocumentNumber).HasMaxLength(60);
        builder.Property(m => m.RevocationReason).HasMaxLength(2000);

        // A firm is nominated once a year.
        builder.HasIndex(m => new { m.FirmId, m.Year }).IsUnique();
        builder.HasIndex(m => new { m.State, m.RegionCode });
    }
}
