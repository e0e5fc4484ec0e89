using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Firms.ExportFirms;

internal static class ExportFirmsEndpoint
{
    public static void MapExportFirms(this IEndpointRouteBuilder group) =>
        group.MapGet("/firms/export", async ([AsParameters] ExportFirmsQuery query, ISender sender, AuditTrail audit, HttpRequest request, HttpResponse response, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var rows = await sender.Send(query, cancellationToken);
                await audit.RecordAsync("ExportFirms", AuditOutcome.Succeeded, details: request.QueryString.Value, cancellationToken: cancellationToken);
                var fileName = $"{Bilingual.Text("律师事务所", "firms")}-{clock.GetUtcNow():yyyyMMdd}.csv";
                await CsvExport.WriteAsync(response, fileName, FirmExportColumns.Columns(), rows, cancellationToken);
            })
            .RequirePermission(RegistryPermissions.FirmsRead)
            .WithName("ExportFirms")
            .WithSummary("Streams the firm list of the caller's scope as CSV (UTF-8 with BOM, headers in the request's language), with the list's filters and sort.")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv");
}
