using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.BuildingBlocks.Outbox.Features;

public static class OutboxEndpoints
{
    public const string Tag = "Outbox";

    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var outbox = endpoints.MapGroup("/api/outbox/{module}/messages").WithTags(Tag);

        outbox.MapGet("", async (string module, [AsParameters] OutboxMessagesQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query with { Module = module }, cancellationToken)))
            .RequirePermission(OutboxPermissions.Manage)
            .WithName("ListOutboxMessages")
            .WithSummary("A module's outbox (module = its schema, e.g. registry), oldest first; filters state (DeadLettered lists the dead letters), type, aggregateId. Page or cursor.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        outbox.MapGet("/{id:guid}", async (string module, Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var message = await sender.Send(new OutboxMessageQuery(module, id), cancellationToken);
                ETags.Set(response, message.Version);
                return TypedResults.Ok(message);
            })
            .RequirePermission(OutboxPermissions.Manage)
            .ReturnsETag()
            .WithName("GetOutboxMessage")
            .WithSummary("One outbox message with its payload and last error.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        Map(outbox, "replay", DeadLetterResolution.Replay, "ReplayOutboxMessage",
            "Sends a dead-lettered message round again with a fresh count of attempts; later events of its aggregate follow it. Requires If-Match.");
        Map(outbox, "skip", DeadLetterResolution.Skip, "SkipOutboxMessage",
            "Gives up on a dead-lettered message (reason required); later events of its aggregate flow again. Requires If-Match.");
        return endpoints;
    }

    private static void Map(RouteGroupBuilder outbox, string step, DeadLetterResolution resolution, string name, string summary) =>
        outbox.MapPost($"/{{id:guid}}/{step}", async (string module, Guid id, ResolveDeadLetterCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var message = await sender.Send(
                    command with { Module = module, Id = id, ExpectedVersion = ETags.RequiredVersion(request), Resolution = resolution }, cancellationToken);
                ETags.Set(response, message.Version);
                return TypedResults.Ok(message);
            })
            .RequirePermission(OutboxPermissions.Manage)
            .RequiresIfMatch()
            .WithName(name)
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
