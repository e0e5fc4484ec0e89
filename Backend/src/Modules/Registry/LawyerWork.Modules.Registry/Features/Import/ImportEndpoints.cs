using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LawyerWork.Modules.Registry.Features.Import;

/// <summary>What the import endpoints share: the upload's limits and the problem they answer with.</summary>
internal static class ImportEndpoints
{
    // Room for the multipart framing around the file itself.
    private const long BodyLimit = ImportUpload.MaxBytes + (1024 * 1024);

    /// <summary>
    /// A multipart upload of up to 100 MiB (the RequestBodyLimit middleware and Kestrel read the raised
    /// limit from this metadata). Cookie callers are still held to the antiforgery header by the host's
    /// own check; the framework's form check is off, as for every upload here.
    /// </summary>
    public static RouteHandlerBuilder AcceptsImportFile(this RouteHandlerBuilder endpoint) =>
        endpoint
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(BodyLimit))
            .WithFormOptions(multipartBodyLengthLimit: BodyLimit)
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportProblem>(StatusCodes.Status400BadRequest, "application/problem+json");
}

/// <summary>
/// An import's 400, for the document: <c>errors</c> names <c>file</c> (or <c>dryRun</c>) when the file as a
/// whole cannot be read (no file, no header, a required column missing, no data rows, not UTF-8);
/// <c>code</c> <c>import-has-errors</c> with the counts and <c>rowErrors</c> when a commit was refused for
/// its rows, in which case nothing was written.
/// </summary>
public sealed record ImportProblem(
    string Type,
    string Title,
    int Status,
    string? Detail,
    string? Instance,
    string? TraceId,
    string? Code,
    IReadOnlyDictionary<string, string[]>? Errors,
    ImportKind? Kind,
    int? Rows,
    int? Valid,
    int? ErrorCount,
    IReadOnlyList<ImportRowError>? RowErrors);
