using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Lawyers.UpdateLawyer;

internal static class UpdateLawyerEndpoint
{
    public static void MapUpdateLawyer(this IEndpointRouteBuilder group) =>
        group.MapPut("/lawyers/{id:guid}", async (Guid id, UpdateLawyerCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var lawyer = await sender.Send(command with { LawyerId = id, ExpectedVersion = ETags.RequiredVersion(request) }, cancellationToken);
                ETags.Set(response, lawyer.Version);
                return TypedResults.Ok(lawyer);
            })
            .RequirePermission(RegistryPermissions.LawyersWrite)
            .RequiresIfMatch()
            .WithName("UpdateLawyer")
            .WithSummary("Updates a lawyer's facts (not the ID or certificate number, not the firm). A missing phone keeps the stored one; an empty phone removes it. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
