using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Supervision.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Supervision.Features.Surveys;

internal static class SurveyEndpoints
{
    public static void MapSurveys(this IEndpointRouteBuilder group)
    {
        group.MapGet("/surveys", async ([AsParameters] SurveysQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(SupervisionPermissions.SurveysManage)
            .WithName("ListSurveys")
            .WithSummary("The surveys (专题调研) of the caller's region, newest first, with how many firms submitted; filter state.");

        group.MapCreateRecord<DraftSurveyCommand, SurveyDetails>("/surveys", s => $"/api/supervision/surveys/{s.Id}", s => s.Version)
            .RequirePermission(SupervisionPermissions.SurveysManage)
            .WithName("DraftSurvey")
            .WithSummary("Writes a draft survey: questions (SingleChoice, MultipleChoice with options; Number with optional bounds; Text) and the target firms (region subtree, size bands, organisation forms; practising firms only).");

        group.MapGetRecord("/surveys/{id:guid}", id => new SurveyQuery(id), s => s.Version)
            .RequirePermission(SupervisionPermissions.SurveysManage)
            .WithName("GetSurvey")
            .WithSummary("One survey with its questions.");

        group.MapPut("/surveys/{id:guid}", async (Guid id, DraftSurveyCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var survey = await sender.Send(command with { SurveyId = id, ExpectedVersion = ETags.RequiredVersion(request) }, cancellationToken);
                ETags.Set(response, survey.Version);
                return TypedResults.Ok(survey);
            })
            .RequirePermission(SupervisionPermissions.SurveysManage)
            .RequiresIfMatch()
            .WithName("ReviseSurvey")
            .WithSummary("Revises a draft survey (its questions are replaced as a whole). Requires If-Match; 409 once it is sent.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        Step(group, "opening", SurveyTransition.Opening, "OpenSurvey", "Sends the survey to the target firms, fixed now (409 when none matches).");
        Step(group, "closing", SurveyTransition.Closing, "CloseSurvey", "Ends the survey: no more answers.");

        group.MapGet("/surveys/{id:guid}/progress", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SurveyProgressQuery(id), cancellationToken)))
            .RequirePermission(SupervisionPermissions.SurveysManage)
            .WithName("GetSurveyProgress")
            .WithSummary("Target firms, submissions and drafts per prefecture (or per county under a prefecture).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/surveys/{id:guid}/summary", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SurveySummaryQuery(id), cancellationToken)))
            .RequirePermission(SupervisionPermissions.SurveysManage)
            .WithName("GetSurveySummary")
            .WithSummary("The submitted answers summed up: counts per option, mean/minimum/maximum of numbers, the texts with their firms.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/surveys/{id:guid}/answers/export", async (Guid id, ISender sender, HttpResponse response, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var (survey, responses) = await sender.Send(new SurveyAnswersExportQuery(id), cancellationToken);
                await CsvExport.WriteAsync(response, $"{Bilingual.Text("调研答卷", "survey-answers")}-{clock.GetUtcNow():yyyyMMdd}.csv",
                    SurveyAnswerColumns.Columns(survey), responses.ToAsyncEnumerable(), cancellationToken);
            })
            .RequirePermission(SupervisionPermissions.SurveysManage)
            .WithName("ExportSurveyAnswers")
            .WithSummary("Every target firm's answers as CSV: one row per firm, one column per question.")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/firm-surveys", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new FirmSurveysQuery(), cancellationToken)))
            .RequirePermission(SupervisionPermissions.SurveysAnswer)
            .WithName("ListFirmSurveys")
            .WithSummary("The surveys sent to the caller's firm, open ones first, with the firm's answers so far.");

        group.MapGet("/firm-surveys/{surveyId:guid}", async (Guid surveyId, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var survey = await sender.Send(new FirmSurveyQuery(surveyId), cancellationToken);
                ETags.Set(response, survey.Version);
                return TypedResults.Ok(survey);
            })
            .RequirePermission(SupervisionPermissions.SurveysAnswer)
            .ReturnsETag()
            .WithName("GetFirmSurvey")
            .WithSummary("One survey sent to the caller's firm, with the firm's answers (ETag: the firm's answers' version).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        Answer(group, "answers", submitting: false, "SaveSurveyAnswers", "Saves the firm's answers as a draft (any number of times before submitting).");
        Answer(group, "submission", submitting: true, "SubmitSurveyAnswers", "Submits the firm's answers, once: every required question answered; a second submission is 409.");
    }

    private static void Step(IEndpointRouteBuilder group, string step, SurveyTransition transition, string name, string summary) =>
        group.MapPost($"/surveys/{{id:guid}}/{step}", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var survey = await sender.Send(new SurveyStepCommand(id, ETags.RequiredVersion(request), transition), cancellationToken);
                ETags.Set(response, survey.Version);
                return TypedResults.Ok(survey);
            })
            .RequirePermission(SupervisionPermissions.SurveysManage)
            .RequiresIfMatch()
            .WithName(name)
            .WithSummary(summary + " Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static void Answer(IEndpointRouteBuilder group, string path, bool submitting, string name, string summary)
    {
        var route = $"/firm-surveys/{{surveyId:guid}}/{path}";
        Delegate handler = async (Guid surveyId, AnswerSurveyCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        {
            var survey = await sender.Send(command with { SurveyId = surveyId, ExpectedVersion = ETags.RequiredVersion(request), Submitting = submitting }, cancellationToken);
            ETags.Set(response, survey.Version);
            return TypedResults.Ok(survey);
        };
        (submitting ? group.MapPost(route, handler) : group.MapPut(route, handler))
            .RequirePermission(SupervisionPermissions.SurveysAnswer)
            .RequiresIfMatch()
            .WithName(name)
            .WithSummary(summary + " Requires If-Match; answers is an object from question id to value; a wrong answer is a 400 naming answers.{questionId}.")
            .Produces<FirmSurvey>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }
}
