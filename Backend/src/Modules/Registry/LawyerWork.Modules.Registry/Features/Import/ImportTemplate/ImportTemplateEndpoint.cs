using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Import.ImportTemplate;

internal static class ImportTemplateEndpoint
{
    public static void MapImportTemplates(this IEndpointRouteBuilder group)
    {
        Map(group, ImportKind.Lawyers, RegistryPermissions.LawyersWrite, "GetLawyerImportTemplate",
            "An empty lawyer import file (format=csv, the default, or xlsx): the header row in the request's language — Chinese headers, or the field names with Accept-Language: en. Either kind of header is accepted on import.");
        Map(group, ImportKind.Firms, RegistryPermissions.FirmsWrite, "GetFirmImportTemplate",
            "An empty firm import file (format=csv, the default, or xlsx): the header row in the request's language — Chinese headers, or the field names with Accept-Language: en. Either kind of header is accepted on import.");
    }

    private static void Map(IEndpointRouteBuilder group, ImportKind kind, string permission, string name, string summary) =>
        group.MapGet($"/imports/{kind.ToString().ToLowerInvariant()}/template", async (string? format, ISender sender, CancellationToken cancellationToken) =>
            {
                var file = await sender.Send(new ImportTemplateQuery(kind, format), cancellationToken);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .RequirePermission(permission)
            .WithName(name)
            .WithSummary(summary)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), ImportUpload.CsvContentType, ImportUpload.XlsxContentType);
}
