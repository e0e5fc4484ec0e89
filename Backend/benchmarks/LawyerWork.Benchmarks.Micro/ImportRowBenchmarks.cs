using BenchmarkDotNet.Attributes;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Features.Import;
using LawyerWork.Modules.Registry.Features.Import.ImportLawyers;
using LawyerWork.Modules.Registry.Features.Lawyers.RegisterLawyer;

namespace LawyerWork.Benchmarks.Micro;

/// <summary>
/// The per-row work of a lawyer import that needs no database: reading the row's cells into a
/// RegisterLawyerCommand (LawyerRows.Read), running the command's validator with each failure put in its
/// column (ImportValidation.ValidateAsync), and the two in-file uniqueness checks. A batch of rows per
/// operation set, as ImportRun feeds them; figures are per row. The firm look-up, the region checks and the
/// "already registered" queries go to the database and are not here.
/// </summary>
[MemoryDiagnoser]
public class ImportRowBenchmarks
{
    public const int Rows = 100;

    private static readonly string[] Header =
        ["姓名", "性别", "身份证号码", "手机号码", "执业证号", "执业类别", "律师事务所统一社会信用代码", "工作单位", "区划代码", "首次执业年份", "执业起始日期", "涉外", "工作语言", "业务专长"];

    private readonly Guid firmId = Guid.CreateVersion7(Samples.Now);
    private ImportLayout layout = null!;
    private LawyerRows lawyerRows = null!;
    private RegisterLawyerValidator validator = null!;
    private SheetRow[] validRows = [];
    private SheetRow[] faultyRows = [];
    private RegisterLawyerCommand[] validCommands = [];

    [GlobalSetup]
    public void Setup()
    {
        validator = new RegisterLawyerValidator(TimeProvider.System);

        // Read touches neither the database nor the scope; CheckAsync (which does) is not measured.
        lawyerRows = new LawyerRows(db: null!, new DataScope(DataScopeKind.Region, "220000"), validator, TimeProvider.System);
        layout = ImportLayout.Read(new SheetRow(1, Header), LawyerRows.AllColumns);
        validRows = Enumerable.Range(0, Rows).Select(i => new SheetRow(i + 2, (string?[])
        [
            "张伟", "男", Samples.IdNumber(2 * i + 1), "13812345678", Samples.CertificateNumber(1000 + i), "专职", Samples.Uscc(), null, null,
            "2019", "2019-03-01", "是", "en，ru", "涉外、商事与公司、民事",
        ])).ToArray();

        // Unknown gender text, wrong ID check character, 16-digit certificate number, a year written in words,
        // a bad phone and a date that is no date: six errors a row, half of them found while reading the cells.
        faultyRows = Enumerable.Range(0, Rows).Select(i => new SheetRow(i + 2, (string?[])
        [
            "张伟", "未知", Samples.WrongCheck(Samples.IdNumber(2 * i + 1), "0123456789X"), "12345", Samples.CertificateNumber(1000 + i)[..16], "专职",
            Samples.Uscc(), null, null, "二〇一九", "2019-02-30", "否", null, "民事",
        ])).ToArray();

        var readErrors = new ImportBatchErrors(layout);
        validCommands = validRows.Select(r => lawyerRows.Read(new ImportCells(layout, r, readErrors)).Command with { FirmId = firmId }).ToArray();
        Expect(Check(validRows).GetAwaiter().GetResult(), 0);
        Expect(Check(faultyRows).GetAwaiter().GetResult(), 6 * Rows);
    }

    [Benchmark(Description = "Import lawyer row: read and check, valid", OperationsPerInvoke = Rows)]
    public async Task<bool> ValidRow() => (await Check(validRows)).Any;

    [Benchmark(Description = "Import lawyer row: read and check, 6 faults", OperationsPerInvoke = Rows)]
    public async Task<bool> FaultyRow() => (await Check(faultyRows)).Any;

    [Benchmark(Description = "Import lawyer row: read cells only, valid", OperationsPerInvoke = Rows)]
    public int ReadValidRow()
    {
        var errors = new ImportBatchErrors(layout);
        var read = 0;
        foreach (var sheetRow in validRows)
        {
            read += lawyerRows.Read(new ImportCells(layout, sheetRow, errors)).Row;
        }

        return read;
    }

    [Benchmark(Description = "Import lawyer row: validator only, valid", OperationsPerInvoke = Rows)]
    public async Task<int> ValidateValidRow()
    {
        var failures = 0;
        foreach (var command in validCommands)
        {
            failures += (await validator.ValidateAsync(command)).Errors.Count;
        }

        return failures;
    }

    private async Task<ImportBatchErrors> Check(SheetRow[] rows)
    {
        var errors = new ImportBatchErrors(layout);
        var certificateNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var idNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sheetRow in rows)
        {
            var row = lawyerRows.Read(new ImportCells(layout, sheetRow, errors));

            // As CheckAsync does once the firm named by its code was found.
            row.Command = row.Command with { FirmId = firmId };
            await ImportValidation.ValidateAsync(validator, row.Command, row.Row, errors, CancellationToken.None);
            ImportValidation.Unique(certificateNumbers, row.Command.CertificateNumber, row.Row, "certificateNumber", errors);
            ImportValidation.Unique(idNumbers, row.Command.IdNumber, row.Row, "idNumber", errors);
        }

        return errors;
    }

    private static void Expect(ImportBatchErrors errors, int count)
    {
        var found = errors.Sorted().ToList();
        if (found.Count != count)
        {
            throw new InvalidOperationException(
                $"Expected {count} errors, got {found.Count}: {string.Join("; ", found.Take(12).Select(e => e.ToString()))}");
        }
    }
}
