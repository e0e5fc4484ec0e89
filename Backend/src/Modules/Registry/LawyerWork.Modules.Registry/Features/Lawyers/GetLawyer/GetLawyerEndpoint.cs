using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Lawyers.GetLawyer;

internal static class GetLawyerEndpoint
{
    public static void MapGetLawyer(this IEndpointRouteBuilder group) =>
        group.MapGetRecord("/lawyers/{id:guid}", id => new GetLawyerQuery(id), l => l.Version)
            .RequirePermission(RegistryPermissions.LawyersRead)
            .WithName("GetLawyer")
            .WithSummary("One lawyer with the firm history; ID number and phone masked unless the caller holds registry.personal-data.read.");
}
