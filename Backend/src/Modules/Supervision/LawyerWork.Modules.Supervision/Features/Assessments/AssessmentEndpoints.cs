using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Supervision.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Supervision.Features.Assessments;

internal static class AssessmentEndpoints
{
    public static void MapAssessments(this IEndpointRouteBuilder group)
    {
        group.MapPost("/assessments/opening", async (OpenAssessmentsCommand command, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command, cancellationToken)))
            .RequirePermission(SupervisionPermissions.AssessmentsDecide)
            .WithName("OpenAssessments")
            .WithSummary("Opens the year's annual assessment (年度考核) for every practising firm of a region not yet opened, with its practising lawyers, each marked when sanctioned in the year.");

        group.MapGet("/assessments", async ([AsParameters] AssessmentsQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(SupervisionPermissions.AssessmentsRead)
            .WithName("ListAssessments")
            .WithSummary("Annual assessments of the caller's region (a firm's administrator: the firm's own); filters year, state, regionCode.");

        group.MapGet("/assessments/export", async ([AsParameters] ExportAssessmentsQuery query, ISender sender, HttpResponse response, TimeProvider clock, CancellationToken cancellationToken) =>
                await CsvExport.WriteAsync(response, $"{Bilingual.Text("年度考核", "assessments")}-{clock.GetUtcNow():yyyyMMdd}.csv", AssessmentExportColumns.Columns(), await sender.Send(query, cancellationToken), cancellationToken))
            .RequirePermission(SupervisionPermissions.AssessmentsRead)
            .WithName("ExportAssessments")
            .WithSummary("Streams the assessments of the caller's scope as CSV, one line per lawyer (filters year, state, regionCode).")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv");

        group.MapGet("/assessments/progress", async (int year, string? regionCode, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new AssessmentProgressQuery(year, regionCode), cancellationToken)))
            .RequirePermission(SupervisionPermissions.AssessmentsDecide)
            .WithName("GetAssessmentProgress")
            .WithSummary("Firms per state of the year's assessment, per prefecture (or per county under a prefecture).");

        group.MapGetRecord("/assessments/{id:guid}", id => new AssessmentQuery(id), a => a.Version)
            .RequirePermission(SupervisionPermissions.AssessmentsRead)
            .WithName("GetAssessment")
            .WithSummary("One firm's assessment with each lawyer's report, opinion and result.");

        Step(group, "self-report", AssessmentStep.SelfReport, SupervisionPermissions.AssessmentsReport, "ReportAssessment",
            "The firm's self-report and each lawyer's year (practice, cases, pro bono hours, training credits); submit=true hands it in.");
        Step(group, "opinion", AssessmentStep.Opinion, SupervisionPermissions.AssessmentsReview, "ReviewAssessment",
            "The association's opinion and a suggested result for every lawyer.");
        Step(group, "result", AssessmentStep.Result, SupervisionPermissions.AssessmentsDecide, "DecideAssessment",
            "The bureau's result for the firm and every lawyer: 合格 for a lawyer sanctioned in the year needs overrideReason; below 合格 needs the reason; 不合格 is flagged in the register.");
    }

    private static void Step(IEndpointRouteBuilder group, string step, AssessmentStep kind, string permission, string name, string summary) =>
        group.MapRecordStep<AssessmentStepCommand, AssessmentDetails>(
                $"/assessments/{{id:guid}}/{step}", (command, id, version) => command with { Id = id, ExpectedVersion = version, Step = kind }, a => a.Version)
            .RequirePermission(permission)
            .WithName(name)
            .WithSummary(summary + " Requires If-Match; 409 when the state does not allow the step.");
}
