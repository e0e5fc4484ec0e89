using FluentValidation;
using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain.Identifiers;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Lawyers.ExportLawyers;

/// <summary>The whole filtered lawyer list of the caller's scope, for CSV; personal data always masked.</summary>
public sealed record ExportLawyersQuery(
    string? Format,
    string? Name,
    NameMatch? NameMatch,
    string? CertificateNumber,
    Guid? FirmId,
    string? RegionCode,
    LawyerCategory? Category,
    LawyerStatus? Status,
    Specialty? Specialty,
    bool? ForeignRelated,
    string? Sort) : IQuery<IAsyncEnumerable<LawyerExportRow>>, ILawyerFilter;

/// <summary>A row of the lawyer export: the list's columns plus masked ID number and phone.</summary>
public sealed record LawyerExportRow(LawyerSummary Lawyer, string IdNumber, string? Phone);

public sealed class ExportLawyersValidator : AbstractValidator<ExportLawyersQuery>
{
    public ExportLawyersValidator()
    {
        Include(new LawyerFilterRules<ExportLawyersQuery>());
        RuleFor(q => q.Format).Must(f => f is null or "csv")
            .WithMessage(_ => Bilingual.Text("导出格式目前支持 csv。", "The export format supported is csv."));
        RuleFor(q => q.Sort).Must(s => SortOrder.TryParse(s, LawyerFilters.Sort.Names, out _))
            .WithMessage(_ => Bilingual.Text("排序字段无效。", "Unknown sort field."));
    }
}

public sealed class ExportLawyersHandler(RegistryDbContext db, ICurrentUser user) : IQueryHandler<ExportLawyersQuery, IAsyncEnumerable<LawyerExportRow>>
{
    public ValueTask<IAsyncEnumerable<LawyerExportRow>> Handle(ExportLawyersQuery query, CancellationToken cancellationToken)
    {
        var rows = db.Lawyers.AsNoTracking()
            .VisibleTo(user.Scope, db)
            .Matching(query, db)
            .OrderedBy(SortOrder.Parse(query.Sort, LawyerFilters.Sort.Names), LawyerFilters.Sort)
            .Select(LawyerProjections.Summary(db).Extend((l, summary) => new LawyerExportRow(summary, l.IdNumber, l.Phone)))
            .AsAsyncEnumerable();
        return ValueTask.FromResult(Masked(rows, cancellationToken));
    }

    // Masked on the way out: the unmasked values never leave this method.
    private static async IAsyncEnumerable<LawyerExportRow> Masked(
        IAsyncEnumerable<LawyerExportRow> rows, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row with
            {
                IdNumber = ResidentIdNumber.Mask(row.IdNumber),
                Phone = row.Phone is null ? null : MobilePhoneNumber.Mask(row.Phone),
            };
        }
    }
}

internal static class LawyerExportColumns
{
    public static IReadOnlyList<CsvColumn<LawyerExportRow>> Columns() =>
    [
        new(Bilingual.Text("姓名", "Name"), r => r.Lawyer.Name),
        new(Bilingual.Text("性别", "Gender"), r => RegistryTexts.Of(r.Lawyer.Gender)),
        new(Bilingual.Text("执业证号", "Certificate number"), r => r.Lawyer.CertificateNumber),
        new(Bilingual.Text("执业类别", "Category"), r => RegistryTexts.Of(r.Lawyer.Category)),
        new(Bilingual.Text("执业机构", "Firm or employer"), r => r.Lawyer.FirmName ?? r.Lawyer.Employer),
        new(Bilingual.Text("区划代码", "Region code"), r => r.Lawyer.RegionCode),
        new(Bilingual.Text("所在地区", "Region"), r => r.Lawyer.RegionName),
        new(Bilingual.Text("首次执业年份", "First practice year"), r => r.Lawyer.FirstPracticeYear.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(Bilingual.Text("涉外", "Foreign-related"), r => r.Lawyer.ForeignRelated ? Bilingual.Text("是", "Yes") : Bilingual.Text("否", "No")),
        new(Bilingual.Text("状态", "Status"), r => RegistryTexts.Of(r.Lawyer.Status)),
        new(Bilingual.Text("身份证号（已脱敏）", "ID number (masked)"), r => r.IdNumber),
        new(Bilingual.Text("手机（已脱敏）", "Mobile (masked)"), r => r.Phone),
    ];
}
