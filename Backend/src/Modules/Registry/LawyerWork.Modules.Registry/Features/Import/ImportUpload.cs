using System.Security.Cryptography;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using Microsoft.AspNetCore.Http;

namespace LawyerWork.Modules.Registry.Features.Import;

public enum ImportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// An uploaded import file spooled to a temporary file of its own: reading an XLSX needs a seekable
/// stream, a commit reads the file twice (check, then write), and the SHA-256 that the audit record
/// names is computed on the way in. Disposing deletes the file.
/// </summary>
public sealed class ImportUpload : IAsyncDisposable
{
    /// <summary>100 MiB: a whole province's register is a few MiB of CSV; the endpoints' body limit is this plus the multipart framing.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportUpload(string path, string fileName, ImportFormat format, long length, string sha256)
    {
        Path = path;
        FileName = fileName;
        Format = format;
        Length = length;
        Sha256 = sha256;
    }

    public string Path { get; }

    public string FileName { get; }

    public ImportFormat Format { get; }

    public long Length { get; }

    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; }

    /// <summary>
    /// Copies the multipart field <c>file</c> to a temporary file: 400 naming <c>file</c> when it is
    /// missing or empty, 415 when it is neither CSV nor XLSX.
    /// </summary>
    public static async Task<ImportUpload> SpoolAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            throw InvalidField.Exception("file", Bilingual.Text("请在表单字段 file 中上传 CSV 或 XLSX 文件。", "Upload a CSV or XLSX file in the form field 'file'."));
        }

        var format = FormatOf(file.FileName, file.ContentType) ?? throw new UnsupportedImportFileException();
        if (file.Length == 0)
        {
            throw InvalidField.Exception("file", Empty);
        }

        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lawyerwork-imports");
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, Guid.NewGuid().ToString("N") + (format == ImportFormat.Csv ? ".csv" : ".xlsx"));
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            var head = new byte[4];
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            await using (var source = file.OpenReadStream())
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (length < head.Length)
                    {
                        buffer.AsSpan(0, (int)Math.Min(read, head.Length - length)).CopyTo(head.AsSpan((int)length));
                    }

                    length += read;
                    if (length > MaxBytes)
                    {
                        throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
                    }

                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            // An XLSX is a ZIP package: anything else named .xlsx (an old binary .xls renamed, a CSV) is not one.
            if (format == ImportFormat.Xlsx && !head.AsSpan().SequenceEqual("PK\u0003\u0004"u8))
            {
                throw new UnsupportedImportFileException();
            }

            var name = System.IO.Path.GetFileName(file.FileName ?? "").Trim();
            return new ImportUpload(path, name.Length > 200 ? name[..200] : name, format, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>By the file name's extension; by the part's content type only when the name has none.</summary>
    public static ImportFormat? FormatOf(string? fileName, string? contentType)
    {
        var extension = System.IO.Path.GetExtension(fileName ?? "").ToLowerInvariant();
        return extension switch
        {
            ".csv" => ImportFormat.Csv,
            ".xlsx" => ImportFormat.Xlsx,
            "" => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
            {
                CsvContentType => ImportFormat.Csv,
                XlsxContentType => ImportFormat.Xlsx,
                _ => null,
            },
            _ => null,
        };
    }

    public static string Empty => Bilingual.Text("文件为空。", "The file is empty.");

    public Stream OpenRead() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}

/// <summary>415: an upload that is neither a CSV nor an XLSX file.</summary>
internal sealed class UnsupportedImportFileException()
    : DomainException(415, "unsupported-file-type", Bilingual.Text(
        "只接受 CSV（UTF-8）或 XLSX 文件。", "Only CSV (UTF-8) or XLSX files are accepted."));
