using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Idempotency;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Lawyers.RegisterLawyer;

internal static class RegisterLawyerEndpoint
{
    public static void MapRegisterLawyer(this IEndpointRouteBuilder group) =>
        group.MapPost("/lawyers", async (RegisterLawyerCommand command, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var lawyer = await sender.Send(command, cancellationToken);
                ETags.Set(response, lawyer.Version);
                return TypedResults.Created($"/api/registry/lawyers/{lawyer.Id}", lawyer);
            })
            .RequirePermission(RegistryPermissions.LawyersWrite)
            .WithIdempotencyKey<RegistryDbContext, RegisterLawyerCommand>()
            .ReturnsETag()
            .WithName("RegisterLawyer")
            .WithSummary("Registers a practising lawyer (执业登记) at a firm, or for an employer, in the caller's scope. Accepts Idempotency-Key.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
