using System.Text;

namespace LawyerWork.Modules.Registry.Features.Import;

/// <summary>
/// Reads CSV records one at a time (RFC 4180: comma-separated, double quotes around a cell that holds
/// a comma, a quote or a line break, a quote inside doubled; CRLF, LF or CR between records), so a file
/// of any length costs one record of memory. A record that spans lines because a cell holds a line
/// break is one record, as a spreadsheet shows it as one row.
/// </summary>
internal static class CsvRecords
{
    /// <summary>Longer cells are refused: no field of the register is near it, and it bounds what one record may cost.</summary>
    public const int MaxCellLength = 4_000;

    public const int MaxCells = 200;

    public static IEnumerable<IReadOnlyList<string>> Read(TextReader reader)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var afterQuote = false;
        var any = false;
        var record = 1;
        while (true)
        {
            var next = reader.Read();
            if (next < 0)
            {
                if (quoted)
                {
                    throw new CsvFormatException(record, CsvFormatException.Problem.UnclosedQuote);
                }

                if (any || cell.Length > 0 || cells.Count > 0)
                {
                    cells.Add(cell.ToString());
                    yield return cells;
                }

                yield break;
            }

            var c = (char)next;
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        Append(cell, '"', record);
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    Append(cell, c, record);
                }

                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0 && !afterQuote:
                    quoted = true;
                    break;
                case ',':
                    AddCell(cells, cell, record);
                    afterQuote = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    cells.Add(cell.ToString());
                    yield return cells;
                    cells = [];
                    cell.Clear();
                    afterQuote = false;
                    any = false;
                    record++;
                    break;
                default:
                    // Text after a closing quote ("a"b) is kept as written rather than refused: spreadsheets do the same.
                    Append(cell, c, record);
                    break;
            }
        }
    }

    private static void Append(StringBuilder cell, char c, int record)
    {
        if (cell.Length >= MaxCellLength)
        {
            throw new CsvFormatException(record, CsvFormatException.Problem.CellTooLong);
        }

        cell.Append(c);
    }

    private static void AddCell(List<string> cells, StringBuilder cell, int record)
    {
        if (cells.Count >= MaxCells)
        {
            throw new CsvFormatException(record, CsvFormatException.Problem.TooManyCells);
        }

        cells.Add(cell.ToString());
        cell.Clear();
    }
}

/// <summary>A CSV file that cannot be read as records at all (as opposed to a record with wrong values).</summary>
internal sealed class CsvFormatException(int record, CsvFormatException.Problem problem)
    : Exception($"CSV record {record}: {problem}")
{
    public enum Problem
    {
        UnclosedQuote,
        CellTooLong,
        TooManyCells,
    }

    public int Record { get; } = record;

    public Problem Kind { get; } = problem;
}
