using LawyerWork.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Regions.RegionTree;

internal static class RegionTreeEndpoint
{
    public static void MapRegionTree(this IEndpointRouteBuilder group) =>
        group.MapGet("/regions", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new RegionTreeQuery(), cancellationToken)))
            .AllowPublic()
            .WithName("GetRegionTree")
            .WithSummary("The region tree (行政区划): the province, its prefectures, counties and functional zones.")
            .WithDescription("Reference data, open to anyone. Codes are GB/T 2260 division codes, NBS statistical codes for zones (codeKind statistical) or LawyerWork's internal codes (codeKind internal).");
}
