using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Integration.Contracts;
using LawyerWork.Modules.Integration.Dispatch;
using LawyerWork.Modules.Integration.Features.Deliveries;
using LawyerWork.Modules.Integration.Features.National;
using LawyerWork.Modules.Integration.Features.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Integration.Features;

internal static class IntegrationEndpoints
{
    public static void MapWebhooks(this RouteGroupBuilder integration)
    {
        integration.MapGet("/event-types", () => TypedResults.Ok(EventCatalogue.All))
            .RequirePermission(IntegrationPermissions.Manage)
            .WithName("ListEventTypes")
            .WithSummary("The event catalogue: every event type a webhook subscription may receive, with its data fields.");

        var webhooks = integration.MapGroup("/webhooks");
        webhooks.MapGet("", async ([AsParameters] WebhookSubscriptionListQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(IntegrationPermissions.Manage)
            .WithName("ListWebhookSubscriptions")
            .WithSummary("Webhook subscriptions, filtered by API client and active; page or cursor.");

        webhooks.MapCreateRecord<CreateWebhookSubscriptionCommand, WebhookSubscriptionWithSecret>(
                "", s => $"/api/integration/webhooks/{s.Subscription.Id}", s => s.Subscription.Version)
            .RequirePermission(IntegrationPermissions.Manage)
            .WithName("CreateWebhookSubscription")
            .WithSummary("Subscribes an API client to event types at an https URL (no loopback, private or link-local targets). The signing secret is in this answer only.");

        webhooks.MapGetRecord("/{id:guid}", id => new WebhookSubscriptionQuery(id), s => s.Version)
            .RequirePermission(IntegrationPermissions.Manage)
            .WithName("GetWebhookSubscription")
            .WithSummary("One webhook subscription (without its secret).");

        webhooks.MapPut("/{id:guid}", async (Guid id, ChangeWebhookSubscriptionCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var subscription = await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, cancellationToken);
                ETags.Set(response, subscription.Version);
                return TypedResults.Ok(subscription);
            })
            .RequirePermission(IntegrationPermissions.Manage)
            .RequiresIfMatch()
            .WithName("ChangeWebhookSubscription")
            .WithSummary("Changes a subscription's URL, event types and description, or pauses (active false) and resumes it. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        webhooks.MapPost("/{id:guid}/rotate-secret", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var rotated = await sender.Send(new RotateWebhookSecretCommand(id, ETags.RequiredVersion(request)), cancellationToken);
                ETags.Set(response, rotated.Subscription.Version);
                return TypedResults.Ok(rotated);
            })
            .RequirePermission(IntegrationPermissions.Manage)
            .RequiresIfMatch()
            .WithName("RotateWebhookSecret")
            .WithSummary("Issues a new signing secret, in this answer only; the old one stops signing at once. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        MapRemoveWebhook(webhooks);
    }

    private static void MapRemoveWebhook(RouteGroupBuilder webhooks) =>
        webhooks.MapDelete("/{id:guid}", async (Guid id, ISender sender, HttpRequest request, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RemoveWebhookSubscriptionCommand(id, ETags.RequiredVersion(request)), cancellationToken);
                return TypedResults.NoContent();
            })
            .RequirePermission(IntegrationPermissions.Manage)
            .RequiresIfMatch()
            .WithName("RemoveWebhookSubscription")
            .WithSummary("Removes a subscription with what was still waiting or parked for it; the log of delivered events stays until it ages out. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static void MapDeliveries(this RouteGroupBuilder integration)
    {
        var deliveries = integration.MapGroup("/deliveries");
        deliveries.MapGet("", async ([AsParameters] DeliveryLogQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(IntegrationPermissions.Manage)
            .WithName("ListDeliveries")
            .WithSummary("The delivery log (status, attempts, last error): channel Webhook or National, one subscription, state (DeadLettered lists the parked ones), event type, aggregate. Newest first; page or cursor.");

        deliveries.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var delivery = await sender.Send(new DeliveryQuery(id), cancellationToken);
                ETags.Set(response, delivery.Delivery.Version);
                return TypedResults.Ok(delivery);
            })
            .RequirePermission(IntegrationPermissions.Manage)
            .ReturnsETag()
            .WithName("GetDelivery")
            .WithSummary("One delivery with the JSON sent.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        deliveries.MapPost("/{id:guid}/redeliver", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var delivery = await sender.Send(new RedeliverCommand(id, ETags.RequiredVersion(request)), cancellationToken);
                ETags.Set(response, delivery.Delivery.Version);
                return TypedResults.Ok(delivery);
            })
            .RequirePermission(IntegrationPermissions.Manage)
            .RequiresIfMatch()
            .WithName("Redeliver")
            .WithSummary("Sends a parked or delivered delivery again (same event id) with a fresh count of attempts; later events of its aggregate follow it. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    public static void MapNationalExchange(this RouteGroupBuilder integration)
    {
        var national = integration.MapGroup("/national");
        national.MapGet("/status", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new NationalExchangeStatusQuery(), cancellationToken)))
            .RequirePermission(IntegrationPermissions.Manage)
            .WithName("GetNationalExchangeStatus")
            .WithSummary("Whether the national-system exchange is configured, and its deliveries waiting, parked and delivered.");

        national.MapGet("/reconciliation", async ([AsParameters] ReconciliationQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(IntegrationPermissions.Manage)
            .WithName("ListReconciliationDays")
            .WithSummary("The daily comparison with the national system (counts, hashes, differing event ids), newest first; default the last 31 days.");

        national.MapPost("/reconciliation", async (ReconcileCommand command, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command, cancellationToken)))
            .RequirePermission(IntegrationPermissions.Manage)
            .WithName("Reconcile")
            .WithSummary("Compares the given days (at most 31) with the national system now.")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
