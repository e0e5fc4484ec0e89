using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.Modules.Registry.Features.Import;

public enum ImportKind
{
    Lawyers,
    Firms,
}

/// <summary>One thing wrong with one row: the row as the spreadsheet numbers it (the header is row 1), the column's header as the file writes it, and why.</summary>
public sealed record ImportRowError(int Row, string Column, string Message);

/// <summary>
/// What an import found or did. A dry run: the data rows read, how many are valid, every error in row
/// order (the first 10,000; <c>errorCount</c> counts them all) and <c>created</c> 0. A commit: the same
/// counts, no errors and <c>created</c>, the records it wrote.
/// </summary>
public sealed record ImportReport(ImportKind Kind, bool DryRun, int Rows, int Valid, int ErrorCount, IReadOnlyList<ImportRowError> Errors, int Created);

/// <summary>The errors of a whole file, kept in row order; only the first <see cref="MaxReported"/> are kept, all are counted.</summary>
internal sealed class ImportErrors
{
    /// <summary>Enough for any file worth correcting row by row, and a bound on what a file of nothing but errors costs.</summary>
    public const int MaxReported = 10_000;

    private readonly List<ImportRowError> reported = [];

    public int Count { get; private set; }

    public int RowsWithErrors { get; private set; }

    public IReadOnlyList<ImportRowError> Reported => reported;

    /// <summary>Takes one batch's errors, sorted by row and the column order of the template.</summary>
    public void Add(ImportBatchErrors batch)
    {
        foreach (var error in batch.Sorted())
        {
            Count++;
            if (reported.Count < MaxReported)
            {
                reported.Add(error);
            }
        }

        RowsWithErrors += batch.Rows;
    }
}

/// <summary>The errors found in one batch of rows, in whatever order the checks find them.</summary>
internal sealed class ImportBatchErrors(ImportLayout layout)
{
    private readonly List<(int Row, int Order, ImportRowError Error)> errors = [];
    private readonly HashSet<(int Row, string Field)> failed = [];

    public int Rows => errors.Select(e => e.Row).Distinct().Count();

    public bool Any => errors.Count > 0;

    public void Add(int row, string field, string message)
    {
        failed.Add((row, field));
        errors.Add((row, layout.OrderOf(field), new ImportRowError(row, layout.HeaderOf(field), message)));
    }

    /// <summary>True when the row already has an error in that column: later checks of the column are skipped, so each cause is told once.</summary>
    public bool Has(int row, string field) => failed.Contains((row, field));

    public bool HasAny(int row) => errors.Exists(e => e.Row == row);

    public IEnumerable<ImportRowError> Sorted() =>
        errors.OrderBy(e => e.Row).ThenBy(e => e.Order).Select(e => e.Error);
}

/// <summary>400: a commit of a file with errors writes nothing and answers every error, as the dry run would.</summary>
internal sealed class ImportRejectedException(ImportKind kind, int rows, ImportErrors errors)
    : DomainException(400, "import-has-errors", Bilingual.Text(
        $"文件中有 {errors.Count} 处错误（涉及 {errors.RowsWithErrors} 行），未导入任何记录；请改正后重新上传。",
        $"The file has {errors.Count} errors in {errors.RowsWithErrors} rows; nothing was imported. Correct them and upload the file again."))
{
    public override IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?>
    {
        ["kind"] = kind,
        ["rows"] = rows,
        ["valid"] = rows - errors.RowsWithErrors,
        ["errorCount"] = errors.Count,
        ["rowErrors"] = errors.Reported,
    };
}
