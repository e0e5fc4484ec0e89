using System.Globalization;
using System.Text;
using System.Xml;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using MiniExcelLibs;

namespace LawyerWork.Modules.Registry.Features.Import;

/// <summary>One row of the sheet as text: its number as the spreadsheet shows it (the header is row 1) and its cells, left to right.</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<string?> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// The rows of an uploaded CSV or XLSX file, read one at a time: CSV through <see cref="CsvRecords"/>
/// (UTF-8, a BOM or none), the first sheet of an XLSX through MiniExcel's streaming reader. Cells come
/// back as the text a person typed: whole numbers without decimals, dates as yyyy-MM-dd.
/// </summary>
internal static class ImportSheet
{
    public static IEnumerable<SheetRow> Rows(ImportUpload upload) =>
        upload.Format == ImportFormat.Csv ? CsvRows(upload) : XlsxRows(upload);

    private static IEnumerable<SheetRow> CsvRows(ImportUpload upload)
    {
        using var stream = upload.OpenRead();

        // Strict UTF-8: a file saved as GBK (Excel's "CSV" in a Chinese locale) must be refused, not read as mojibake.
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        using var records = CsvRecords.Read(reader).GetEnumerator();
        var number = 0;
        while (true)
        {
            try
            {
                if (!records.MoveNext())
                {
                    yield break;
                }
            }
            catch (DecoderFallbackException)
            {
                throw InvalidField.Exception("file", Bilingual.Text(
                    "CSV 文件须为 UTF-8 编码；在 Excel 中请选择“另存为 → CSV UTF-8（逗号分隔）”。",
                    "A CSV file must be UTF-8; in Excel choose Save As → CSV UTF-8 (comma delimited)."));
            }
            catch (CsvFormatException e)
            {
                throw InvalidField.Exception("file", e.Kind switch
                {
                    CsvFormatException.Problem.UnclosedQuote => Bilingual.Text($"第 {e.Record} 行的引号没有闭合。", $"Row {e.Record} has an unclosed quote."),
                    CsvFormatException.Problem.CellTooLong => Bilingual.Text(
                        $"第 {e.Record} 行有超过 {CsvRecords.MaxCellLength} 个字符的单元格。", $"Row {e.Record} has a cell longer than {CsvRecords.MaxCellLength} characters."),
                    _ => Bilingual.Text($"第 {e.Record} 行超过 {CsvRecords.MaxCells} 列。", $"Row {e.Record} has more than {CsvRecords.MaxCells} cells."),
                });
            }

            yield return new SheetRow(++number, records.Current.Select(c => (string?)c).ToList());
        }
    }

    private static IEnumerable<SheetRow> XlsxRows(ImportUpload upload)
    {
        using var stream = upload.OpenRead();
        IEnumerator<dynamic> rows;
        try
        {
            rows = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw Unreadable();
        }

        using (rows)
        {
            // MiniExcel yields every row from A1 on, empty ones included, so the count is the sheet's row number.
            var number = 0;
            while (true)
            {
                try
                {
                    if (!rows.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (Exception e) when (IsUnreadable(e))
                {
                    throw Unreadable();
                }

                var cells = (IDictionary<string, object?>)rows.Current;
                var texts = new string?[cells.Count == 0 ? 0 : cells.Keys.Max(ColumnIndex) + 1];
                foreach (var (column, value) in cells)
                {
                    texts[ColumnIndex(column)] = Text(value);
                }

                yield return new SheetRow(++number, texts);
            }
        }
    }

    /// <summary>A → 0, B → 1, …, AA → 26.</summary>
    public static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>A cell's value as a person reads it in the sheet.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => n.ToString("0", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or XmlException or InvalidOperationException or NotSupportedException or IndexOutOfRangeException;

    private static FluentValidation.ValidationException Unreadable() =>
        InvalidField.Exception("file", Bilingual.Text("无法读取该 XLSX 文件，文件可能已损坏。", "The XLSX file cannot be read; it may be damaged."));
}
