using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Lawyers.TransferLawyer;

internal static class TransferLawyerEndpoint
{
    public static void MapTransferLawyer(this IEndpointRouteBuilder group) =>
        group.MapPost("/lawyers/{id:guid}/transfer", async (Guid id, TransferLawyerCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var lawyer = await sender.Send(command with { LawyerId = id, ExpectedVersion = ETags.RequiredVersion(request) }, cancellationToken);
                ETags.Set(response, lawyer.Version);
                return TypedResults.Ok(lawyer);
            })
            .RequirePermission(RegistryPermissions.LawyersWrite)
            .RequiresIfMatch()
            .WithName("TransferLawyer")
            .WithSummary("Transfers a lawyer to another firm (转所) from a date; 409 firm-cancelled for a cancelled firm. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
