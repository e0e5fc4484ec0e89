using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Lawyers.ExportLawyers;

internal static class ExportLawyersEndpoint
{
    public static void MapExportLawyers(this IEndpointRouteBuilder group) =>
        group.MapGet("/lawyers/export", async ([AsParameters] ExportLawyersQuery query, ISender sender, AuditTrail audit, HttpRequest request, HttpResponse response, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var rows = await sender.Send(query, cancellationToken);
                await audit.RecordAsync("ExportLawyers", AuditOutcome.Succeeded, details: request.QueryString.Value, cancellationToken: cancellationToken);
                var fileName = $"{Bilingual.Text("律师", "lawyers")}-{clock.GetUtcNow():yyyyMMdd}.csv";
                await CsvExport.WriteAsync(response, fileName, LawyerExportColumns.Columns(), rows, cancellationToken);
            })
            .RequirePermission(RegistryPermissions.LawyersRead)
            .WithName("ExportLawyers")
            .WithSummary("Streams the lawyer list of the caller's scope as CSV (UTF-8 with BOM, headers in the request's language, ID number and phone masked), with the list's filters and sort.")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv");
}
