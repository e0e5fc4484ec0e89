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
        group.MapGet("/lawyers/{id:guid}", async (Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var lawyer = await sender.Send(new GetLawyerQuery(id), cancellationToken);
                ETags.Set(response, lawyer.Version);
                return TypedResults.Ok(lawyer);
            })
            .RequirePermission(RegistryPermissions.LawyersRead)
            .ReturnsETag()
            .WithName("GetLawyer")
            .WithSummary("One lawyer with the firm history; ID number and phone masked unless the caller holds registry.personal-data.read.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
