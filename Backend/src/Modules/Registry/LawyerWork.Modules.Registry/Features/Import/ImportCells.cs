using System.Globalization;
using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.Modules.Registry.Features.Import;

/// <summary>
/// Reads one row's cells as the values a command takes. A cell that cannot be read is an error in
/// its column and reads as null, so the validator does not tell the same cell's fault a second time.
/// </summary>
internal sealed class ImportCells(ImportLayout layout, SheetRow row, ImportBatchErrors errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy-MM-dd HH:mm:ss"];

    // Not spaces: English labels have them ("Intellectual property").
    private static readonly char[] ListSeparators = [',', '，', ';', '；', '、'];

    public int Row => row.Number;

    public string? Text(string field) => layout.Cell(row, field);

    public int? Int(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(Row, field, Bilingual.Text($"“{text}”不是整数。", $"'{text}' is not a whole number."));
        return null;
    }

    public DateOnly? Date(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) && value.TimeOfDay == TimeSpan.Zero)
        {
            return DateOnly.FromDateTime(value);
        }

        errors.Add(Row, field, Bilingual.Text($"“{text}”不是日期，请写作 yyyy-MM-dd（如 2020-01-31）。", $"'{text}' is not a date; write it as yyyy-MM-dd (e.g. 2020-01-31)."));
        return null;
    }

    public T? Enum<T>(string field)
        where T : struct, System.Enum
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (RegistryTexts.TryParse<T>(text, out var value))
        {
            return value;
        }

        errors.Add(Row, field, Unknown<T>(text));
        return null;
    }

    public bool? Bool(string field)
    {
        var text = Text(field);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "是" or "true" or "yes" or "y" or "1":
                return true;
            case "否" or "false" or "no" or "n" or "0":
                return false;
            default:
                errors.Add(Row, field, Bilingual.Text($"“{text}”应为“是”或“否”。", $"'{text}' should be yes or no."));
                return null;
        }
    }

    /// <summary>Several values in one cell, separated by commas, semicolons or 、 (full-width ones too).</summary>
    public IReadOnlyList<string>? List(string field) =>
        Text(field)?.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<T>? EnumList<T>(string field)
        where T : struct, System.Enum
    {
        if (List(field) is not { } texts)
        {
            return null;
        }

        var values = new List<T>();
        foreach (var text in texts)
        {
            if (!RegistryTexts.TryParse<T>(text, out var value))
            {
                errors.Add(Row, field, Unknown<T>(text));
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    private static string Unknown<T>(string text)
        where T : struct, System.Enum
    {
        var allowed = string.Join(Bilingual.Text("、", ", "), RegistryTexts.Names<T>());
        return Bilingual.Text($"无法识别“{text}”，可填：{allowed}。", $"'{text}' is not recognised; use one of: {allowed}.");
    }
}
