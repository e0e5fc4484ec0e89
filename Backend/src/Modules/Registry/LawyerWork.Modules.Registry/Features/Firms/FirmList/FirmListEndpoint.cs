using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Firms.FirmList;

internal static class FirmListEndpoint
{
    public static void MapFirmList(this IEndpointRouteBuilder group) =>
        group.MapGet("/firms", async ([AsParameters] FirmListQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(RegistryPermissions.FirmsRead)
            .WithName("ListFirms")
            .WithSummary("Firms in the caller's scope. Filters: name (prefix, or contains with nameMatch=contains), uscc, regionCode (with everything under it), status, organisationForm, sizeBand. Sort: name, foundedOn, lawyerCount (prefix - for descending). Page with page/pageSize or walk with cursor.");
}
