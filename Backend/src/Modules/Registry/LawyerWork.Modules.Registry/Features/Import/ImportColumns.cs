using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.Modules.Registry.Features.Import;

/// <summary>
/// A column of an import file: the field it fills (the API's name, which is also accepted as the
/// header), the header staff write in Chinese and other Chinese spellings seen in practice.
/// </summary>
internal sealed record ImportColumn(string Field, string Chinese, bool Required, params string[] Aliases)
{
    /// <summary>The header as the request's language writes it (templates, and errors about a column the file lacks).</summary>
    public string Header => Bilingual.Text(Chinese, Field);

    public bool Matches(string header) =>
        header == Chinese || Aliases.Contains(header) || string.Equals(header, Field, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Where each known column is in one file, and the header it has there.</summary>
internal sealed class ImportLayout
{
    private readonly Dictionary<string, (int Index, string Header)> positions;
    private readonly IReadOnlyList<ImportColumn> columns;

    private ImportLayout(IReadOnlyList<ImportColumn> columns, Dictionary<string, (int Index, string Header)> positions)
    {
        this.columns = columns;
        this.positions = positions;
    }

    /// <summary>
    /// Reads the header row: each cell names a known column (in Chinese or as the field) or is ignored.
    /// A missing required column, or a column named twice, is a 400 naming <c>file</c> with one message per header.
    /// </summary>
    public static ImportLayout Read(SheetRow header, IReadOnlyList<ImportColumn> columns)
    {
        var positions = new Dictionary<string, (int Index, string Header)>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = Normalise(header.Cells[i]);
            if (text.Length == 0 || columns.FirstOrDefault(c => c.Matches(text)) is not { } column)
            {
                continue;
            }

            if (!positions.TryAdd(column.Field, (i, text)))
            {
                problems.Add(Bilingual.Text($"列“{column.Header}”出现了不止一次。", $"The column '{column.Header}' appears more than once."));
            }
        }

        problems.AddRange(columns.Where(c => c.Required && !positions.ContainsKey(c.Field))
            .Select(c => Bilingual.Text($"缺少必需的列“{c.Chinese}”（或 {c.Field}）。", $"The required column '{c.Field}' ({c.Chinese}) is missing.")));
        if (problems.Count > 0)
        {
            throw new FluentValidation.ValidationException(problems.Select(p => new FluentValidation.Results.ValidationFailure("file", p)));
        }

        return new ImportLayout(columns, positions);
    }

    /// <summary>The header as the file writes it, or the column's own header when the file lacks it.</summary>
    public string HeaderOf(string field) =>
        positions.TryGetValue(field, out var position) ? position.Header : columns.Single(c => c.Field == field).Header;

    /// <summary>The column's place among the known columns, for ordering a row's errors as the template orders them.</summary>
    public int OrderOf(string field)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Field == field)
            {
                return i;
            }
        }

        return columns.Count;
    }

    /// <summary>The trimmed cell of a column, null when the file has no such column or the cell is empty.</summary>
    public string? Cell(SheetRow row, string field)
    {
        if (!positions.TryGetValue(field, out var position) || position.Index >= row.Cells.Count)
        {
            return null;
        }

        var text = row.Cells[position.Index]?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    // Spreadsheets carry stray marks into headers: a BOM, zero-width spaces, non-breaking and full-width spaces.
    private static string Normalise(string? header) =>
        (header ?? "").Replace("\uFEFF", "", StringComparison.Ordinal).Replace("\u200B", "", StringComparison.Ordinal)
            .Replace('\u00A0', ' ').Replace('\u3000', ' ').Trim();
}

/// <summary>Raised when the file has no header row, or a header and no data rows.</summary>
internal static class ImportFileProblems
{
    public static FluentValidation.ValidationException Empty() => InvalidField.Exception("file", ImportUpload.Empty);

    public static FluentValidation.ValidationException NoRows() =>
        InvalidField.Exception("file", Bilingual.Text("文件只有表头，没有数据行。", "The file has a header row but no data rows."));
}
