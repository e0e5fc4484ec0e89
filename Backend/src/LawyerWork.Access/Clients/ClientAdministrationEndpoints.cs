using LawyerWork.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Access.Clients;

internal static class ClientAdministrationEndpoints
{
    public static void MapClientAdministration(this IEndpointRouteBuilder endpoints)
    {
        var clients = endpoints.MapGroup("/api/access/clients").WithTags(AccessModule.Tag);

        clients.MapPost("", async (RegisterClientCommand command, ISender sender, CancellationToken cancellationToken) =>
            {
                var created = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/access/clients/{created.Client.ClientId}", created);
            })
            .RequirePermission(Roles.ManageAccessPermission)
            .WithName("RegisterApiClient")
            .WithSummary("Registers an external system (OAuth 2.0 client credentials) with scopes and a region; the secret is in this response only.");

        clients.MapGet("", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ClientListQuery(), cancellationToken)))
            .RequirePermission(Roles.ManageAccessPermission)
            .WithName("ListApiClients")
            .WithSummary("The registered external systems (never their secrets).");

        clients.MapPost("/{clientId}/secret", async (string clientId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new RotateClientSecretCommand(clientId), cancellationToken)))
            .RequirePermission(Roles.ManageAccessPermission)
            .WithName("RotateApiClientSecret")
            .WithSummary("Replaces a client's secret; the new one is in this response only and the old one stops working at once.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        clients.MapDelete("/{clientId}", async (string clientId, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RemoveClientCommand(clientId), cancellationToken);
                return TypedResults.NoContent();
            })
            .RequirePermission(Roles.ManageAccessPermission)
            .WithName("RemoveApiClient")
            .WithSummary("Removes a client; it can get no new tokens (tokens already issued expire within the hour).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
