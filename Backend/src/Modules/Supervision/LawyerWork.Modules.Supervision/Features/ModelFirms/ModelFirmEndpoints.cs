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
        group.MapCreateRecord<NominateModelFirmCommand, ModelFirmView>("/model-firms", n => $"/api/supervision/model-firms/{n.Id}", n => n.Version)
            .RequirePermission(SupervisionPermissions.ModelFirmsManage)
            .WithName("NominateModelFirm")
            .WithSummary("Nominates a practising firm of the caller's region as a model firm (示范所) of its size band for a year; 409 when already nominated that year.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/model-firms", async ([AsParameters] ModelFirmsQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(SupervisionPermissions.ModelFirmsManage)
            .WithName("ListModelFirms")
            .WithSummary("Model-firm nominations of the caller's region: filters year, state, regionCode, sizeBand; sort nominatedAt, totalScore.");

        group.MapGet("/model-firms/criteria", (ModelFirmCriteria criteria) =>
                TypedResults.Ok(criteria.All.Select(c => new ModelFirmCriterion(c.Key, c.Value)).ToList()))
            .RequirePermission(SupervisionPermissions.ModelFirmsManage)
            .WithName("ListModelFirmCriteria")
            .WithSummary("The review's criteria and their maximum scores, as configured (Supervision:ModelFirmCriteria).");

        group.MapGetRecord("/model-firms/{id:guid}", id => new ModelFirmQuery(id), m => m.Version)
            .RequirePermission(SupervisionPermissions.ModelFirmsManage)
            .WithName("GetModelFirm")
            .WithSummary("One nomination with its scores.");

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
        group.MapRecordStep<ModelFirmStepCommand, ModelFirmView>(
                $"/model-firms/{{id:guid}}/{step}", (command, id, version) => command with { Id = id, ExpectedVersion = version, Transition = transition }, m => m.Version)
            .RequirePermission(SupervisionPermissions.ModelFirmsManage)
            .WithName(name)
            .WithSummary(summary + " Requires If-Match; 409 when the state does not allow the step.");
}
