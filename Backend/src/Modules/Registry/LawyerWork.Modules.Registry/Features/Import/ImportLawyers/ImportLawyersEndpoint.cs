using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Import.ImportLawyers;

internal static class ImportLawyersEndpoint
{
    public static void MapImportLawyers(this IEndpointRouteBuilder group) =>
        group.MapPost("/imports/lawyers", async Task<Ok<ImportReport>> (
                IFormFile? file, bool? dryRun, ISender sender, CancellationToken cancellationToken) =>
            {
                await using var upload = await ImportUpload.SpoolAsync(file, cancellationToken);
                return TypedResults.Ok(await sender.Send(new ImportLawyersCommand(upload, dryRun == true), cancellationToken));
            })
            .AcceptsImportFile()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(RegistryPermissions.LawyersWrite)
            .WithName("ImportLawyers")
            .WithSummary("Imports lawyers (批量导入律师) from a CSV (UTF-8) or XLSX file in the multipart field 'file', each row registered as RegisterLawyer would in the caller's scope. "
                + "dryRun=true checks every row and answers 200 with {kind, rows, valid, errorCount, errors[{row, column, message}]}, writing nothing; "
                + "otherwise all rows or none: 200 with `created`, or 400 `import-has-errors` carrying the same counts and `rowErrors` (writing nothing). "
                + "Missing file or required columns: 400 naming `file`; not CSV/XLSX: 415; over 100 MiB: 413. "
                + "409 `register-changed` when another request changed the register during the commit (nothing written). "
                + "A retried commit creates no twins: its rows then answer 'already registered'.");
}
