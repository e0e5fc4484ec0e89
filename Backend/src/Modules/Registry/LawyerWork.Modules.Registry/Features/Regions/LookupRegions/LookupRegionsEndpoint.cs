using LawyerWork.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Regions.LookupRegions;

internal static class LookupRegionsEndpoint
{
    public static void MapLookupRegions(this IEndpointRouteBuilder group) =>
        group.MapPost("/regions/lookup", async (LookupRegionsQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .AllowPublic()
            .WithName("LookupRegions")
            .WithSummary("Resolves up to 200 region codes at once; unknown codes are listed, not rejected.")
            .Accepts<LookupRegionsQuery>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
