using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Idempotency;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Features.Complaints;
using LawyerWork.Modules.Supervision.Features.Integrity;
using LawyerWork.Modules.Supervision.Features.Rights;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Supervision.Features;

internal static class SupervisionEndpoints
{
    public static void MapComplaints(this IEndpointRouteBuilder group)
    {
        group.MapCreateRecord<FileComplaintCommand, FiledComplaint>("/complaints", f => $"/api/supervision/complaints/{f.Id}", f => f.Version)
            .RequirePermission(SupervisionPermissions.ComplaintsFile)
            .WithName("FileComplaint")
            .WithSummary("Staff take a complaint for someone (投诉登记) against a lawyer and/or firm in their region; answers with the receipt number and the lookup code to give the complainant (shown once).");

        group.MapGet("/complaints", async ([AsParameters] ComplaintLedgerQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(SupervisionPermissions.ComplaintsRead)
            .WithName("ListComplaints")
            .WithSummary("The complaint ledger (投诉台账) of the caller's region: filters state, regionCode (subtree), overdue, handler, filedFrom/filedTo, lawyerId, firmId; each row with the current step's deadline and days left. Page or cursor.");

        group.MapGet("/complaints/export", async ([AsParameters] ExportComplaintsQuery query, ISender sender, HttpResponse response, TimeProvider clock, CancellationToken cancellationToken) =>
                await CsvExport.WriteAsync(response, $"{Bilingual.Text("投诉台账", "complaints")}-{clock.GetUtcNow():yyyyMMdd}.csv", ComplaintExportColumns.Columns(), await sender.Send(query, cancellationToken), cancellationToken))
            .RequirePermission(SupervisionPermissions.ComplaintsRead)
            .WithName("ExportComplaints")
            .WithSummary("Streams the filtered complaint ledger as CSV.")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv");

        group.MapGetRecord("/complaints/{id:guid}", id => new ComplaintQuery(id), c => c.Version)
            .RequirePermission(SupervisionPermissions.ComplaintsRead)
            .WithName("GetComplaint")
            .WithSummary("One complaint with its decisions and full step history; the complainant's phone is masked unless the caller handles complaints.");

        Step(group, "acceptance", ComplaintTransition.Acceptance, SupervisionPermissions.ComplaintsHandle, "AcceptComplaint", "The association accepts the complaint (受理) and assigns a handler (handlerId/handlerName; default the caller).");
        Step(group, "rejection", ComplaintTransition.Rejection, SupervisionPermissions.ComplaintsHandle, "RejectComplaint", "The association does not accept the complaint (不予受理), with the reason.");
        Step(group, "notes", ComplaintTransition.Note, SupervisionPermissions.ComplaintsHandle, "AddComplaintNote", "An investigation note (调查记录) while the complaint is investigated.");
        Step(group, "decision", ComplaintTransition.Decision, SupervisionPermissions.ComplaintsHandle, "DecideComplaint", "The association's decision: Dismissed, Discipline (kind, document number; becomes a sanction) or Referral to the justice bureau (not a sanction).");
        Step(group, "penalty", ComplaintTransition.Penalty, SupervisionPermissions.PenaltiesDecide, "DecidePenalty", "The justice bureau's administrative penalty on a referred complaint, with its decision document number; 停止执业/停业整顿/吊销 change the register through Registry.");
        Step(group, "notification", ComplaintTransition.Notification, SupervisionPermissions.ComplaintsHandle, "NotifyComplainant", "Records that the complainant was told the outcome: channel and date (nothing is sent by the system).");
        Step(group, "closure", ComplaintTransition.Closure, SupervisionPermissions.ComplaintsHandle, "CloseComplaint", "Closes a notified complaint (结案).");
        Step(group, "reopening", ComplaintTransition.Reopening, SupervisionPermissions.ComplaintsHandle, "ReopenComplaint", "Reopens a closed complaint on appeal (复查), back to investigation, with the reason.");

        group.MapPost("/complaints/{id:guid}/attachments", async (Guid id, IFormFile file, ISender sender, CancellationToken cancellationToken) =>
            {
                if (!AttachToComplaintCommand.AllowedTypes.Contains(file.ContentType))
                {
                    return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                        detail: Bilingual.Text("只接受 PDF、JPEG 或 PNG 文件。", "Only PDF, JPEG or PNG files are accepted."));
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                var attachment = await sender.Send(new AttachToComplaintCommand(id, file.FileName, file.ContentType.ToLowerInvariant(), buffer.ToArray()), cancellationToken);
                return Results.Created($"/api/supervision/complaints/{id}/attachments/{attachment.Id}", attachment);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(AttachToComplaintCommand.MaxBytes + (64 * 1024)))
            .Accepts<IFormFile>("multipart/form-data")
            .RequirePermission(SupervisionPermissions.ComplaintsHandle)
            .WithName("AttachToComplaint")
            .WithSummary("Uploads evidence (multipart field 'file'): PDF, JPEG or PNG up to 5 MiB (413 above, 415 for other types).")
            .Produces<AttachmentView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/complaints/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, ISender sender, CancellationToken cancellationToken) =>
            {
                var attachment = await sender.Send(new ComplaintAttachmentQuery(id, attachmentId), cancellationToken);
                return Results.File(attachment.Content, attachment.ContentType, attachment.FileName);
            })
            .RequirePermission(SupervisionPermissions.ComplaintsRead)
            .WithName("GetComplaintAttachment")
            .WithSummary("Downloads one attachment of a complaint.")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "application/pdf", "image/jpeg", "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void Step(IEndpointRouteBuilder group, string step, ComplaintTransition transition, string permission, string name, string summary) =>
        group.MapRecordStep<ComplaintStepCommand, ComplaintDetails>(
                $"/complaints/{{id:guid}}/{step}", (command, id, version) => command with { ComplaintId = id, ExpectedVersion = version, Transition = transition }, c => c.Version)
            .RequirePermission(permission)
            .WithName(name)
            .WithSummary(summary + " Requires If-Match; 409 when the state does not allow the step.");

    public static void MapRights(this IEndpointRouteBuilder group)
    {
        group.MapCreateRecord<ReportObstructionCommand, RightsCaseDetails>("/rights-cases", r => $"/api/supervision/rights-cases/{r.Id}", r => r.Version)
            .RequirePermission(SupervisionPermissions.RightsReport)
            .WithIdempotencyKey<SupervisionDbContext, ReportObstructionCommand>()
            .WithName("ReportObstruction")
            .WithSummary("A lawyer reports an obstruction of their practice rights (维权申请); association staff may report for a lawyer of their region (lawyerId). Accepts Idempotency-Key.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/rights-cases", async ([AsParameters] RightsLedgerQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(SupervisionPermissions.RightsRead)
            .WithName("ListRightsCases")
            .WithSummary("The rights-protection ledger (维权台账): the caller's region, or a lawyer's own cases; filters state, regionCode, overdue, obstruction, lawyerId, handler, reportedFrom/reportedTo. Page or cursor.");

        group.MapGet("/rights-cases/export", async ([AsParameters] ExportRightsCasesQuery query, ISender sender, HttpResponse response, TimeProvider clock, CancellationToken cancellationToken) =>
                await CsvExport.WriteAsync(response, $"{Bilingual.Text("维权台账", "rights-cases")}-{clock.GetUtcNow():yyyyMMdd}.csv", RightsExportColumns.Columns(), await sender.Send(query, cancellationToken), cancellationToken))
            .RequirePermission(SupervisionPermissions.RightsRead)
            .WithName("ExportRightsCases")
            .WithSummary("Streams the filtered rights-protection ledger as CSV.")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv");

        group.MapGetRecord("/rights-cases/{id:guid}", id => new RightsCaseQuery(id), r => r.Version)
            .RequirePermission(SupervisionPermissions.RightsRead)
            .WithName("GetRightsCase")
            .WithSummary("One rights-protection case with its step history.");

        RightsStep(group, "acceptance", RightsTransition.Acceptance, "AcceptRightsCase", "The rights-protection centre accepts the case (the caller handles it).");
        RightsStep(group, "rejection", RightsTransition.Rejection, "RejectRightsCase", "The centre does not accept the case, with the reason.");
        RightsStep(group, "coordination", RightsTransition.Coordination, "CoordinateRightsCase", "Records a contact with the authority (协调); may be repeated.");
        RightsStep(group, "answer", RightsTransition.Answer, "AnswerRightsCase", "The centre's answer to the lawyer (答复).");
        RightsStep(group, "closure", RightsTransition.Closure, "CloseRightsCase", "Closes an answered case with the lawyer's satisfaction.");
    }

    private static void RightsStep(IEndpointRouteBuilder group, string step, RightsTransition transition, string name, string summary) =>
        group.MapRecordStep<RightsStepCommand, RightsCaseDetails>(
                $"/rights-cases/{{id:guid}}/{step}", (command, id, version) => command with { CaseId = id, ExpectedVersion = version, Transition = transition }, r => r.Version)
            .RequirePermission(SupervisionPermissions.RightsHandle)
            .WithName(name)
            .WithSummary(summary + " Requires If-Match; 409 when the state does not allow the step.");

    public static void MapIntegrity(this IEndpointRouteBuilder group)
    {
        group.MapGet("/integrity-records", async ([AsParameters] IntegrityRecordsQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(SupervisionPermissions.IntegrityRead)
            .WithName("ListIntegrityRecords")
            .WithSummary("Rewards and sanctions (诚信档案) of the caller's region: filters kind, subject, subjectId, regionCode, decidedFrom/decidedTo.");

        group.MapPost("/integrity-records", async (RecordIntegrityCommand command, ISender sender, CancellationToken cancellationToken) =>
            {
                var record = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/supervision/integrity-records/{record.Id}", record);
            })
            .RequirePermission(SupervisionPermissions.IntegrityWrite)
            .WithIdempotencyKey<SupervisionDbContext, RecordIntegrityCommand>()
            .WithName("RecordIntegrity")
            .WithSummary("Enters a reward (Reward:Commendation, with the awarding body) or a sanction decided elsewhere (Discipline:<kind> or Penalty:<kind>), with its decision document number; a penalty that stops practice changes the register. Accepts Idempotency-Key.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public static void MapPublicComplaints(this IEndpointRouteBuilder publicApi)
    {
        publicApi.MapPost("/complaints", async (PublicComplaintCommand command, ISender sender, CancellationToken cancellationToken) =>
            {
                var receipt = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/public/complaints/{receipt.ReceiptNumber}", receipt);
            })
            .AllowPublic()
            .RequireRateLimiting(BuildingBlocks.Http.RateLimitPolicies.PublicSubmission)
            .WithName("SubmitPublicComplaint")
            .WithSummary("Anyone files a complaint about a lawyer (certificate number) and/or firm (USCC); answers with a receipt number and a lookup code to follow it.");

        publicApi.MapGet("/complaints/{receiptNumber}", async (string receiptNumber, [FromQuery] string? lookupCode, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new FollowComplaintQuery(receiptNumber, lookupCode), cancellationToken)))
            .AllowPublic()
            .RequireRateLimiting(BuildingBlocks.Http.RateLimitPolicies.PublicLookUp)
            .WithName("FollowPublicComplaint")
            .WithSummary("The complainant follows their complaint with the receipt number and lookup code: state and milestones only.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
