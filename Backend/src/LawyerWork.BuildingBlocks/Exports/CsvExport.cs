using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LawyerWork.BuildingBlocks.Exports;

/// <summary>One column of an export: its header in the request's language and how to read it from a row.</summary>
public sealed record CsvColumn<T>(string Header, Func<T, string?> Value);

/// <summary>
/// Streams a whole list as CSV, row by row from the database to the socket, so memory stays flat
/// however many rows there are. UTF-8 with a BOM (Excel in a Chinese locale otherwise guesses GBK),
/// RFC 4180 quoting, and cells that a spreadsheet would run as a formula defused (OWASP CSV injection).
/// </summary>
public static class CsvExport
{
    private const int FlushEveryRows = 500;

    public static async Task WriteAsync<T>(
        HttpResponse response,
        string fileName,
        IReadOnlyList<CsvColumn<T>> columns,
        IAsyncEnumerable<T> rows,
        CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = fileName,
            FileName = Uri.EscapeDataString(fileName),
        }.ToString();
        response.Headers[HeaderNames.CacheControl] = "no-store";

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
        await writer.WriteAsync(string.Join(',', columns.Select(c => Escape(c.Header))) + "\r\n");
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    await writer.WriteAsync(',');
                }

                await writer.WriteAsync(Escape(columns[i].Value(row)));
            }

            await writer.WriteAsync("\r\n");

            // The first row goes out at once, so the download starts as soon as the query answers
            // (the benchmark's first byte waited for 500 rows: 35 ms against the raw baseline's 9).
            if (++count % FlushEveryRows == 0 || count == 1)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
