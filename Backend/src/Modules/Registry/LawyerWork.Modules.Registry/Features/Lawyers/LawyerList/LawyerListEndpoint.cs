using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Lawyers.LawyerList;

internal static class LawyerListEndpoint
{
    public static void MapLawyerList(this IEndpointRouteBuilder group) =>
        group.MapGet("/lawyers", async ([AsParameters] LawyerListQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(RegistryPermissions.LawyersRead)
            .WithName("ListLawyers")
            .WithSummary("Lawyers in the caller's scope (no personal data in rows). Filters: name (prefix or nameMatch=contains), certificateNumber, firmId, regionCode (subtree), category, status, specialty, foreignRelated. Sort: name, firstPracticeYear, certificateNumber.");
}
