using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Idempotency;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Firms.RegisterFirm;

internal static class RegisterFirmEndpoint
{
    public static void MapRegisterFirm(this IEndpointRouteBuilder group) =>
        group.MapPost("/firms", async (RegisterFirmCommand command, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var firm = await sender.Send(command, cancellationToken);
                ETags.Set(response, firm.Version);
                return TypedResults.Created($"/api/registry/firms/{firm.Id}", firm);
            })
            .RequirePermission(RegistryPermissions.FirmsWrite)
            .WithIdempotencyKey<RegistryDbContext, RegisterFirmCommand>()
            .ReturnsETag()
            .WithName("RegisterFirm")
            .WithSummary("Registers a law firm (律师事务所) in a region of the caller's scope. Accepts Idempotency-Key.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
