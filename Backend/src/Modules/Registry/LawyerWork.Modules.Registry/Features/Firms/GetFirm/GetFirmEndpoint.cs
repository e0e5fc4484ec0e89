using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Firms.GetFirm;

internal static class GetFirmEndpoint
{
    public static void MapGetFirm(this IEndpointRouteBuilder group) =>
        group.MapGetRecord("/firms/{id:guid}", id => new GetFirmQuery(id), f => f.Version)
            .RequirePermission(RegistryPermissions.FirmsRead)
            .WithName("GetFirm")
            .WithSummary("One firm; the ETag header carries its version for If-Match. 404 when it does not exist or is outside the caller's scope.");
}
