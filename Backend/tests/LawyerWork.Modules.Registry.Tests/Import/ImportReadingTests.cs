using System.Globalization;
using FluentValidation;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Features;
using LawyerWork.Modules.Registry.Features.Import;
using LawyerWork.Modules.Registry.Features.Import.ImportLawyers;
using LawyerWork.Modules.Registry.Features.Lawyers;

namespace LawyerWork.Modules.Registry.Tests.Import;

public sealed class CsvRecordsTests
{
    private static List<string[]> Read(string text) => CsvRecords.Read(new StringReader(text)).Select(r => r.ToArray()).ToList();

    [Test]
    public void Records_end_at_crlf_lf_or_cr_and_a_final_line_break_adds_no_record() =>
        Assert.That(Read("a,b\r\nc,d\ne,f\rg,h\r\n"), Is.EqualTo(new[] { new[] { "a", "b" }, ["c", "d"], ["e", "f"], ["g", "h"] }));

    [Test]
    public void Quoted_cells_keep_commas_quotes_and_line_breaks_in_one_record() =>
        Assert.That(Read("\"张三,李四\",\"说\"\"好\"\"\",\"两\r\n行\"\r\nx"), Is.EqualTo(new[] { new[] { "张三,李四", "说\"好\"", "两\r\n行" }, ["x"] }));

    [Test]
    public void Empty_cells_and_blank_lines_are_kept_for_the_caller_to_skip() =>
        Assert.That(Read("a,,\r\n\r\n,b"), Is.EqualTo(new[] { new[] { "a", "", "" }, [""], ["", "b"] }));

    [Test]
    public void An_unclosed_quote_names_the_record_it_opened_in()
    {
        var failure = Assert.Throws<CsvFormatException>(() => Read("a\r\nb\r\n\"c,d\r\ne"));
        Assert.That((failure!.Record, failure.Kind), Is.EqualTo((3, CsvFormatException.Problem.UnclosedQuote)));
    }

    [Test]
    public void A_cell_or_a_record_beyond_the_limits_is_refused()
    {
        Assert.That(Assert.Throws<CsvFormatException>(() => Read(new string('x', CsvRecords.MaxCellLength + 1)))!.Kind, Is.EqualTo(CsvFormatException.Problem.CellTooLong));
        Assert.That(Assert.Throws<CsvFormatException>(() => Read(new string(',', CsvRecords.MaxCells + 1)))!.Kind, Is.EqualTo(CsvFormatException.Problem.TooManyCells));
    }

    [Test]
    public void Records_are_read_lazily_one_at_a_time()
    {
        using var records = CsvRecords.Read(new StringReader("a\r\nb\r\n\"broken")).GetEnumerator();
        Assert.That(records.MoveNext(), Is.True);
        Assert.That(records.Current, Is.EqualTo(new[] { "a" }));
        Assert.That(records.MoveNext(), Is.True);
        Assert.Throws<CsvFormatException>(() => records.MoveNext());
    }
}

public sealed class ImportLayoutTests
{
    private static SheetRow Header(params string?[] cells) => new(1, cells);

    [Test]
    public void Chinese_headers_aliases_and_field_names_in_any_case_find_their_columns()
    {
        var layout = ImportLayout.Read(Header("\uFEFF姓名", "GENDER", "身份证号", "执业证号", "执业类别", "首次执业年份 ", "备注"), LawyerRows.AllColumns);
        var row = new SheetRow(2, ["张三", "男", "220102196001011234", "12201201011000001", "专职", "2010", "无关"]);

        Assert.Multiple(() =>
        {
            Assert.That(layout.Cell(row, "name"), Is.EqualTo("张三"));
            Assert.That(layout.Cell(row, "gender"), Is.EqualTo("男"));
            Assert.That(layout.Cell(row, "idNumber"), Is.EqualTo("220102196001011234"));
            Assert.That(layout.Cell(row, "phone"), Is.Null, "a column the file lacks reads as empty");
            Assert.That(layout.HeaderOf("gender"), Is.EqualTo("GENDER"), "errors name the header as the file writes it");
            Assert.That(layout.HeaderOf("idNumber"), Is.EqualTo("身份证号"));
        });
    }

    [Test]
    public void Missing_required_columns_are_named_one_by_one()
    {
        var failure = Assert.Throws<ValidationException>(() => ImportLayout.Read(Header("姓名", "性别"), LawyerRows.AllColumns));
        Assert.That(failure!.Errors.Select(e => e.PropertyName).Distinct(), Is.EqualTo(new[] { "file" }));
        Assert.That(failure.Errors.Count(), Is.EqualTo(4));
        Assert.That(failure.Errors.Select(e => e.ErrorMessage), Has.Some.Contains("身份证号码").And.Some.Contains("执业证号").And.Some.Contains("执业类别").And.Some.Contains("首次执业年份"));
    }

    [Test]
    public void A_short_row_reads_its_missing_cells_as_empty()
    {
        var layout = ImportLayout.Read(Header("姓名", "性别", "身份证号码", "执业证号", "执业类别", "首次执业年份", "手机号码"), LawyerRows.AllColumns);
        Assert.That(layout.Cell(new SheetRow(2, ["张三", "  "]), "phone"), Is.Null);
        Assert.That(layout.Cell(new SheetRow(2, ["张三", "  "]), "gender"), Is.Null);
    }
}

public sealed class ImportValueTests
{
    [TestCase("专职", LawyerCategory.FullTime)]
    [TestCase("Full-time", LawyerCategory.FullTime)]
    [TestCase("fulltime", LawyerCategory.FullTime)]
    [TestCase(" 法律援助 ", LawyerCategory.LegalAid)]
    [TestCase("legal aid", LawyerCategory.LegalAid)]
    public void Categories_read_in_either_language_or_as_the_api_name(string text, LawyerCategory expected)
    {
        Assert.That(RegistryTexts.TryParse<LawyerCategory>(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("1")]
    [TestCase("专")]
    [TestCase("")]
    public void Numbers_and_unknown_words_are_not_values(string text) =>
        Assert.That(RegistryTexts.TryParse<LawyerCategory>(text, out _), Is.False);

    [TestCase("FirmId", "firmUscc")]
    [TestCase("BranchOfId", "branchOfUscc")]
    [TestCase("Specialties[2]", "specialties")]
    [TestCase("name", "name")]
    [TestCase("IdNumber", "idNumber")]
    public void Validator_properties_map_to_columns(string property, string field) =>
        Assert.That(ImportValidation.FieldOf(property), Is.EqualTo(field));

    [TestCase("a.csv", null, ImportFormat.Csv)]
    [TestCase("A.XLSX", null, ImportFormat.Xlsx)]
    [TestCase("名单", "text/csv; charset=utf-8", ImportFormat.Csv)]
    [TestCase("名单.csv", "application/vnd.ms-excel", ImportFormat.Csv)]
    [TestCase("名单.xls", null, null)]
    [TestCase("名单.txt", "text/csv", null)]
    [TestCase("名单", "application/octet-stream", null)]
    public void The_format_is_the_extension_or_without_one_the_content_type(string name, string? contentType, ImportFormat? expected) =>
        Assert.That(ImportUpload.FormatOf(name, contentType), Is.EqualTo(expected));

    [Test]
    public void Sheet_cells_read_as_a_person_typed_them()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImportSheet.Text(2010d), Is.EqualTo("2010"));
            Assert.That(ImportSheet.Text(13812345678d), Is.EqualTo("13812345678"));
            Assert.That(ImportSheet.Text(1.5d), Is.EqualTo("1.5"));
            Assert.That(ImportSheet.Text(new DateTime(2020, 1, 31, 0, 0, 0, DateTimeKind.Unspecified)), Is.EqualTo("2020-01-31"));
            Assert.That(ImportSheet.Text(true), Is.EqualTo("true"));
            Assert.That(ImportSheet.Text(null), Is.Null);
        });
        Assert.That(new[] { "A", "Z", "AA", "AZ", "BA" }.Select(ImportSheet.ColumnIndex), Is.EqualTo(new[] { 0, 25, 26, 51, 52 }));
    }

    [Test]
    public void The_certificate_region_check_is_the_one_RegisterLawyer_makes()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(LawyerChecks.CertificateRegionProblem("12201201011000001", "220104", prefectureExists: true), Is.Null);
                Assert.That(LawyerChecks.CertificateRegionProblem("12202201011000001", "220104", prefectureExists: true), Does.Contain("do not match"));
                Assert.That(LawyerChecks.CertificateRegionProblem("12299201011000001", "220104", prefectureExists: false), Does.Contain("name no prefecture"));
                Assert.That(LawyerChecks.PrefectureNamedBy("12201201011000001"), Is.EqualTo("220100"));
            });
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

public sealed class ImportErrorsTests
{
    private static readonly ImportLayout Layout = ImportLayout.Read(
        new SheetRow(1, ["姓名", "性别", "身份证号码", "执业证号", "执业类别", "首次执业年份"]), LawyerRows.AllColumns);

    [Test]
    public void A_batch_reports_in_row_order_and_the_template_column_order_and_counts_rows_once()
    {
        var batch = new ImportBatchErrors(Layout);
        batch.Add(5, "certificateNumber", "c");
        batch.Add(3, "gender", "b");
        batch.Add(3, "name", "a");
        batch.Add(5, "idNumber", "d");
        var errors = new ImportErrors();

        errors.Add(batch);

        Assert.That(errors.Reported.Select(e => (e.Row, e.Column, e.Message)), Is.EqualTo(new[] { (3, "姓名", "a"), (3, "性别", "b"), (5, "身份证号码", "d"), (5, "执业证号", "c") }));
        Assert.That((errors.Count, errors.RowsWithErrors), Is.EqualTo((4, 2)));
        Assert.That(batch.Has(3, "gender") && !batch.Has(3, "idNumber"), Is.True);
    }

    [Test]
    public void Beyond_the_reported_maximum_errors_are_counted_not_kept()
    {
        var errors = new ImportErrors();
        for (var row = 2; row < ImportErrors.MaxReported + 12; row++)
        {
            var batch = new ImportBatchErrors(Layout);
            batch.Add(row, "name", "x");
            errors.Add(batch);
        }

        Assert.That((errors.Count, errors.Reported.Count, errors.RowsWithErrors), Is.EqualTo((ImportErrors.MaxReported + 10, ImportErrors.MaxReported, ImportErrors.MaxReported + 10)));
    }
}
