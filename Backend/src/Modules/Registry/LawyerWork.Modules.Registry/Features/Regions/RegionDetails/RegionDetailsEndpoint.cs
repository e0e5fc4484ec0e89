using LawyerWork.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Regions.RegionDetails;

internal static class RegionDetailsEndpoint
{
    public static void MapRegionDetails(this IEndpointRouteBuilder group) =>
        group.MapGet("/regions/{code}", async (string code, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new RegionDetailsQuery(code), cancellationToken)))
            .AllowPublic()
            .WithName("GetRegion")
            .WithSummary("One region with its ancestors and direct children.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
