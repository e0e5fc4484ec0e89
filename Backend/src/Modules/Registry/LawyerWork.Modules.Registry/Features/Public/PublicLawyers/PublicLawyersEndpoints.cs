using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Features.Public.PublicCache;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Public.PublicLawyers;

internal static class PublicLawyersEndpoints
{
    public static void MapPublicLawyers(this IEndpointRouteBuilder publicApi)
    {
        // As for one lawyer below: a cached page's query was valid when it was cached (ADR 0016).
        publicApi.MapGet("/lawyers", async ([AsParameters] PublicLawyerSearch query, [FromServices] PublicAnswerCache cache, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(cache.LawyerSearch(query) ?? await sender.Send(query, cancellationToken)))
            .AllowPublic()
            .WithName("SearchPublicLawyers")
            .WithSummary("Public look-up of lawyers (诚信信息公示): by name (prefix), certificate number or firm name (contains), optionally within a region; at least one of the first three is required. Disclosable fields only.");
        // A cached answer's number passed validation when it was cached: a hit skips the pipeline and the database context (ADR 0016).
        publicApi.MapGet("/lawyers/{certificateNumber}", async (string certificateNumber, [FromServices] PublicAnswerCache cache, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(cache.Lawyer(certificateNumber) ?? await sender.Send(new PublicLawyerQuery(certificateNumber), cancellationToken)))
            .AllowPublic()
            .WithName("GetPublicLawyer")
            .WithSummary("One lawyer's public practice information by certificate number.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
