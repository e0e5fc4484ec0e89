using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Organisations;

internal static class OrganisationsEndpoints
{
    public static void MapOrganisations(this IEndpointRouteBuilder group)
    {
        group.MapGet("/organisations", async ([AsParameters] OrganisationListQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(RegistryPermissions.OrganisationsRead)
            .WithName("ListOrganisations")
            .WithSummary("Justice bureaus and bar associations (司法行政机关、律师协会), filtered by kind and region subtree.");
        group.MapGet("/organisations/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new OrganisationQuery(id), cancellationToken)))
            .RequirePermission(RegistryPermissions.OrganisationsRead)
            .WithName("GetOrganisation")
            .WithSummary("One justice bureau or bar association.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
