using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Integration.National;
using LawyerWork.Modules.Integration.Persistence;
using LawyerWork.Modules.Integration.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Integration.Dispatch;

/// <summary>
/// Turns one integration event into one delivery per target that wants it (each active subscription of
/// its type; the national system when connected and the event concerns it), saved with the event's
/// inbox row: the outbox hands the event over once, and every target then has its own attempts, so a
/// failing receiver holds back no other receiver and no in-process consumer.
/// </summary>
public sealed class EventFanOut<TEvent>(IntegrationDbContext db, NationalChanges national, NationalOptions nationalOptions, TimeProvider clock)
    : IntegrationEventConsumer<TEvent, IntegrationDbContext>(db, clock)
{
    protected override async Task ConsumeAsync(IntegrationEvent<TEvent> e, CancellationToken cancellationToken)
    {
        var type = typeof(TEvent).Name;
        var subscriptions = (await Db.Subscriptions.AsNoTracking().Where(s => s.Active).ToListAsync(cancellationToken)).Where(s => s.Wants(type)).ToList();
        if (subscriptions.Count > 0)
        {
            var envelope = WebhookEnvelope.Serialize(e.Id, e.AggregateId, e.OccurredAt, e.Data);
            foreach (var subscription in subscriptions)
            {
                Db.Deliveries.Add(Domain.Delivery.Create(
                    Domain.Delivery.WebhookTarget(subscription.Id), subscription.Id, e.Id, type, e.AggregateId, e.OccurredAt, envelope, Clock));
            }
        }

        if (nationalOptions.Enabled && await national.ForAsync(e, cancellationToken) is { } change)
        {
            Db.Deliveries.Add(Domain.Delivery.Create(
                Domain.Delivery.NationalTarget, null, e.Id, type, change.SubjectId, e.OccurredAt,
                System.Text.Json.JsonSerializer.Serialize(change, NationalSystemClient.Json), Clock));
        }
    }
}
