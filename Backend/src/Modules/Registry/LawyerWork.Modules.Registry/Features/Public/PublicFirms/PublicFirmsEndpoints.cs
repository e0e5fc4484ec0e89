using LawyerWork.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Public.PublicFirms;

internal static class PublicFirmsEndpoints
{
    public static void MapPublicFirms(this IEndpointRouteBuilder publicApi)
    {
        publicApi.MapGet("/firms", async ([AsParameters] PublicFirmSearch query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .AllowPublic()
            .WithName("SearchPublicFirms")
            .WithSummary("Public look-up of law firms: by name (contains), unified social credit code or region; disclosable fields only.");
        publicApi.MapGet("/firms/{uscc}", async (string uscc, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new PublicFirmQuery(uscc), cancellationToken)))
            .AllowPublic()
            .WithName("GetPublicFirm")
            .WithSummary("One firm's public information by unified social credit code.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
