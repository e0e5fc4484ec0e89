using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Integration.Domain;
using LawyerWork.Modules.Integration.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Integration.Features.Webhooks;

/// <summary>
/// Removes a subscription (a client decommissioned): what was still waiting or parked for it is dropped
/// with it, since it can never be delivered; the log of what was delivered stays until it ages out. If-Match.
/// </summary>
public sealed record RemoveWebhookSubscriptionCommand(Guid Id, long ExpectedVersion) : ICommand<Unit>;

public sealed class RemoveWebhookSubscriptionHandler(IntegrationDbContext db) : ICommandHandler<RemoveWebhookSubscriptionCommand, Unit>
{
    public async ValueTask<Unit> Handle(RemoveWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions.SubscriptionAsync(command.Id, cancellationToken);
        subscription.EnsureVersion(command.ExpectedVersion);
        var undelivered = await db.Deliveries.Where(d => d.SubscriptionId == subscription.Id && d.State != DeliveryState.Delivered).ToListAsync(cancellationToken);
        db.Deliveries.RemoveRange(undelivered);
        db.Subscriptions.Remove(subscription);

        // One save: the subscription and its undeliverable queue go together, and the removal is audited with it.
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
