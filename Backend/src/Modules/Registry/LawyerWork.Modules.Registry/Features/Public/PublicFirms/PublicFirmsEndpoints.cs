using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Features.Public.PublicCache;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
        // A cached answer's USCC passed validation when it was cached: a hit skips the pipeline and the database context (ADR 0016).
        publicApi.MapGet("/firms/{uscc}", async (string uscc, [FromServices] PublicAnswerCache cache, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(cache.Firm(uscc.ToUpperInvariant()) ?? await sender.Send(new PublicFirmQuery(uscc), cancellationToken)))
            .AllowPublic()
            .WithName("GetPublicFirm")
            .WithSummary("One firm's public information by unified social credit code.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
