using System.Text.Json.Nodes;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Integration.Dispatch;
using LawyerWork.Modules.Integration.Domain;
using LawyerWork.Modules.Integration.Persistence;
using Mediator;

namespace LawyerWork.Modules.Integration.Features.Deliveries;

/// <summary>
/// Sends a delivery again with a fresh count of attempts: a parked one once the receiver is fixed
/// (later events of its aggregate follow it, in order), or a delivered one the receiver says it lost
/// (same event id, so a receiver that has it deduplicates). If-Match.
/// </summary>
public sealed record RedeliverCommand(Guid Id, long ExpectedVersion) : ICommand<DeliveryDetails>;

public sealed class RedeliverHandler(IntegrationDbContext db, AuditActor actor, DeliverySignal signal, TimeProvider clock) : ICommandHandler<RedeliverCommand, DeliveryDetails>
{
    public async ValueTask<DeliveryDetails> Handle(RedeliverCommand command, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.DeliveryAsync(command.Id, cancellationToken);
        delivery.EnsureVersion(command.ExpectedVersion);
        if (delivery.State == DeliveryState.Pending)
        {
            throw new ConflictException("already-pending", "该投递正在等待发送，无需重发。", "The delivery is waiting to be sent already.");
        }

        var now = clock.GetUtcNow();
        var was = delivery.State;
        delivery.Redeliver(now);

        // Deliveries are bookkeeping the trail leaves out; the decision to resend is recorded here, in the same save.
        var record = actor.NewRecord(actor.Operation ?? "Redeliver", AuditOutcome.Succeeded, now);
        record.TargetType = nameof(Domain.Delivery);
        record.TargetId = delivery.Id.ToString();
        record.Details = new JsonObject
        {
            ["target"] = delivery.Target,
            ["eventId"] = delivery.EventId.ToString(),
            ["eventType"] = delivery.EventType,
            ["was"] = was.ToString(),
        }.ToJsonString();
        db.Set<AuditRecord>().Add(record);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return new DeliveryDetails(DeliveryViews.Entry.Compile()(delivery), delivery.Body);
    }
}
