using System.Text.Json;
using LawyerWork.Modules.Supervision.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Supervision.Persistence.Configurations;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("surveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.Property(s => s.OwnerRegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(s => s.TargetRegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(s => s.TargetSizeBands).HasMaxLength(100).IsUnicode(false);
        builder.Property(s => s.TargetForms).HasMaxLength(200).IsUnicode(false);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(s => s.CreatedBy).HasMaxLength(100);
        builder.HasIndex(s => new { s.OwnerRegionCode, s.State });
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    // The options as one JSON text on every provider (not a PostgreSQL array or a SQL Server JSON
    // column), so the model has one shape everywhere.
    private static readonly ValueComparer<List<string>> OptionsComparer = new(
        (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (hash, option) => HashCode.Combine(hash, option)), v => v.ToList());

    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.ToTable("survey_questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(q => q.Text).HasMaxLength(500);
        builder.Property(q => q.Options)
            .HasConversion(v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null), v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>(), OptionsComparer)
            .HasMaxLength(4000);
        builder.Property(q => q.Min).HasPrecision(18, 4);
        builder.Property(q => q.Max).HasPrecision(18, 4);
        builder.HasIndex(q => new { q.SurveyId, q.Position }).IsUnique();
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("survey_responses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.FirmName).HasMaxLength(100);
        builder.Property(r => r.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.Answers).HasMaxLength(100_000);
        builder.Property(r => r.AnsweredBy).HasMaxLength(100);

        // One response per firm and survey: the database refuses a second, whatever races.
        builder.HasIndex(r => new { r.SurveyId, r.FirmId }).IsUnique();
        builder.HasIndex(r => new { r.FirmId, r.State });
        builder.HasIndex(r => new { r.SurveyId, r.RegionCode });
    }
}
