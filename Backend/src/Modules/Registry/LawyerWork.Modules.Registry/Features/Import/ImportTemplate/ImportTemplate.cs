using System.Data;
using System.Text;
using FluentValidation;
using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.Modules.Registry.Features.Import.ImportFirms;
using LawyerWork.Modules.Registry.Features.Import.ImportLawyers;
using Mediator;
using MiniExcelLibs;

namespace LawyerWork.Modules.Registry.Features.Import.ImportTemplate;

/// <summary>An empty import file of one kind: the header row, in the request's language (Chinese headers, or the field names in English).</summary>
public sealed record ImportTemplateQuery(ImportKind Kind, string? Format) : IQuery<ImportTemplateFile>;

public sealed record ImportTemplateFile(string FileName, string ContentType, byte[] Content);

public sealed class ImportTemplateValidator : AbstractValidator<ImportTemplateQuery>
{
    public ImportTemplateValidator() =>
        RuleFor(q => q.Format).Must(f => f is null or "csv" or "xlsx")
            .WithMessage(_ => Bilingual.Text("模板格式为 csv 或 xlsx。", "The template format is csv or xlsx."));
}

public sealed class ImportTemplateHandler : IQueryHandler<ImportTemplateQuery, ImportTemplateFile>
{
    public ValueTask<ImportTemplateFile> Handle(ImportTemplateQuery query, CancellationToken cancellationToken)
    {
        var headers = (query.Kind == ImportKind.Lawyers ? LawyerRows.AllColumns : FirmRows.AllColumns).Select(c => c.Header).ToList();
        var name = Bilingual.Text(query.Kind == ImportKind.Lawyers ? "律师导入模板" : "律师事务所导入模板", query.Kind == ImportKind.Lawyers ? "lawyers-import" : "firms-import");
        return ValueTask.FromResult(query.Format == "xlsx"
            ? new ImportTemplateFile(name + ".xlsx", ImportUpload.XlsxContentType, Xlsx(headers))
            : new ImportTemplateFile(name + ".csv", ImportUpload.CsvContentType + "; charset=utf-8", Csv(headers)));
    }

    // With a BOM, as the exports: Excel in a Chinese locale otherwise opens UTF-8 as GBK.
    private static byte[] Csv(IEnumerable<string> headers) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join(',', headers.Select(CsvExport.Escape)) + "\r\n")];

    private static byte[] Xlsx(IEnumerable<string> headers)
    {
        using var table = new DataTable();
        foreach (var header in headers)
        {
            table.Columns.Add(header, typeof(string));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(table, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
