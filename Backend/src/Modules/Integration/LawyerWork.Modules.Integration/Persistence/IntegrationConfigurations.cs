using LawyerWork.Modules.Integration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Integration.Persistence;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Ignore(s => s.Types);
        builder.Property(s => s.ClientId).HasMaxLength(100);
        builder.Property(s => s.Description).HasMaxLength(200);
        builder.Property(s => s.Url).HasMaxLength(500);
        builder.Property(s => s.EventTypes).HasMaxLength(2000).IsUnicode(false);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(1000).IsUnicode(false);
        builder.HasIndex(s => s.ClientId);
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Target).HasMaxLength(50).IsUnicode(false);
        builder.Property(d => d.EventType).HasMaxLength(200).IsUnicode(false);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.Property(d => d.ReceiptId).HasMaxLength(100);

        // One delivery per event and target: the fan-out is idempotent on this key too.
        builder.HasIndex(d => new { d.Target, d.EventId }).IsUnique();

        // The dispatcher's reads (due in order; targets and aggregates held back) and the logs' filters.
        builder.HasIndex(d => new { d.State, d.NextAttemptAt, d.OccurredAt });
        builder.HasIndex(d => new { d.Target, d.AggregateId });
        builder.HasIndex(d => new { d.SubscriptionId, d.OccurredAt });
        builder.HasIndex(d => new { d.Target, d.OccurredAt });
        builder.HasIndex(d => new { d.State, d.DeliveredAt });
    }
}

internal sealed class ReconciliationDayConfiguration : IEntityTypeConfiguration<ReconciliationDay>
{
    public void Configure(EntityTypeBuilder<ReconciliationDay> builder)
    {
        builder.ToTable("reconciliation_days");
        builder.HasKey(d => d.Day);
        builder.Property(d => d.LocalHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(d => d.NationalHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(d => d.MissingNationally).HasMaxLength(4000).IsUnicode(false);
        builder.Property(d => d.UnknownLocally).HasMaxLength(4000).IsUnicode(false);
        builder.Property(d => d.Error).HasMaxLength(1000);
    }
}
