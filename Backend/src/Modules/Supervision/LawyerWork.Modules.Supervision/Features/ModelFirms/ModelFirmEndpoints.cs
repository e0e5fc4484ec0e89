using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Supervision.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Supervision.Features.ModelFirms;

internal static class ModelFirmEndpoints
{
    public static void MapModelFirms(this IEndpointRouteBuilder group)
    {
        group.MapPost("/model-firms", async (NominateModelFirmCommand command, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var nomination = await sender.Send(command, cancellationToken);
                ETags.Set(response, nomination.Version);
                return TypedResults.Created($"/api/supervision/model-firms/{nomination.Id}", nomination);
            })
            .RequirePermission(SupervisionPermissions.ModelFirmsManage)
            .ReturnsETag()
            .WithName("NominateModelFirm")
            .WithSummary("Nominates a practising firm of the caller's region as a model firm (示范所) of its size band for a year; 409 when already nominated that year.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/model-firms", async ([AsParameters] ModelFirmsQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(SupervisionPermissions.ModelFirmsManage)
            .WithName("ListModelFirms")
            .WithSummary("Model-firm nominations of the caller's region: filters year, state, regionCode, sizeBand; sort nominatedAt, totalScore.");

        group.MapGet("/model-firms/{id:guid}", async (Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var nomination = await sender.Send(new ModelFirmQuery(id), cancellationToken);
                ETags.Set(response, nomination.Version);
                return TypedResults.Ok(nomination);
            })
            .RequirePermission(SupervisionPermissions.ModelFirmsManage)
            .ReturnsETag()
            .WithName("GetModelFirm")
            .WithSummary("One nomination with its scores.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        Step(group, "review", ModelFirmTransition.Review, "ReviewModelFirm", "Records the review's score for every criterion (and a note).");
        Step(group, "designation", ModelFirmTransition.Designation, "DesignateModelFirm", "Designates the reviewed firm a model firm from a date until a date, with the document number.");
        Step(group, "declining", ModelFirmTransition.Declining, "DeclineModelFirm", "Does not designate the reviewed firm (with a note).");
        Step(group, "revocation", ModelFirmTransition.Revocation, "RevokeModelFirm", "Revokes a designation, with the reason.");
    }

    public static void MapPublicModelFirms(this IEndpointRouteBuilder publicApi) =>
        publicApi.MapGet("/model-firms", async ([AsParameters] PublicModelFirmsQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .AllowPublic()
            .RequireRateLimiting(BuildingBlocks.Http.RateLimitPolicies.PublicLookUp)
            .WithName("ListPublicModelFirms")
            .WithSummary("The model firms (示范所) designated today; filters year, regionCode, sizeBand.");

    private static void Step(IEndpointRouteBuilder group, string step, ModelFirmTransition transition, string name, string summary) =>
        group.MapPost($"/model-firms/{{id:guid}}/{step}", async (Guid id, ModelFirmStepCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var nomination = await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request), Transition = transition }, cancellationToken);
                ETags.Set(response, nomination.Version);
                return TypedResults.Ok(nomination);
            })
            .RequirePermission(SupervisionPermissions.ModelFirmsManage)
            .RequiresIfMatch()
            .WithName(name)
            .WithSummary(summary + " Requires If-Match; 409 when the state does not allow the step.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
