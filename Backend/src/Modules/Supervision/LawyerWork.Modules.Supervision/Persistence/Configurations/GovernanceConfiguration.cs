using System.Text.Json;
using LawyerWork.Modules.Supervision.Domain.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Supervision.Persistence.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    // Attendees as one JSON text on every provider: the list is read and written with the meeting.
    private static readonly ValueComparer<List<Attendee>> AttendeesComparer = new(
        (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (hash, attendee) => HashCode.Combine(hash, attendee)), v => v.ToList());

    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(24).IsUnicode(false);
        builder.Property(m => m.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Attendees)
            .HasConversion(v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null), v => JsonSerializer.Deserialize<List<Attendee>>(v, (JsonSerializerOptions?)null) ?? new List<Attendee>(), AttendeesComparer)
            .HasMaxLength(20_000);
        builder.Property(m => m.Agenda).HasMaxLength(5000);
        builder.Property(m => m.Minutes).HasMaxLength(20_000);
        builder.HasIndex(m => new { m.RegionCode, m.HeldOn });
        builder.HasMany(m => m.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MeetingDecisionConfiguration : IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<MeetingDecision> builder)
    {
        builder.ToTable("meeting_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Text).HasMaxLength(2000);
        builder.Property(d => d.Owner).HasMaxLength(100);
        builder.HasIndex(d => new { d.DoneOn, d.DueOn });
    }
}

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> builder)
    {
        builder.ToTable("committees");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.HasIndex(c => new { c.RegionCode, c.Name }).IsUnique();
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> builder)
    {
        builder.ToTable("committee_members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.LawyerName).HasMaxLength(50);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(24).IsUnicode(false);
        builder.HasIndex(m => m.LawyerId);
    }
}
