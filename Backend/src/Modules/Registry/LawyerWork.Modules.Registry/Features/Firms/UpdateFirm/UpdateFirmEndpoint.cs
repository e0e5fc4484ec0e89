using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Firms.UpdateFirm;

internal static class UpdateFirmEndpoint
{
    public static void MapUpdateFirm(this IEndpointRouteBuilder group) =>
        group.MapPut("/firms/{id:guid}", async (Guid id, UpdateFirmCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var firm = await sender.Send(command with { FirmId = id, ExpectedVersion = ETags.RequiredVersion(request) }, cancellationToken);
                ETags.Set(response, firm.Version);
                return TypedResults.Ok(firm);
            })
            .RequirePermission(RegistryPermissions.FirmsWrite)
            .RequiresIfMatch()
            .WithName("UpdateFirm")
            .WithSummary("Updates a firm's registered facts. Requires If-Match with the firm's ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
