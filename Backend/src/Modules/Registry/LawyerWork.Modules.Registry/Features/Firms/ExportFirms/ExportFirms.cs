using FluentValidation;
using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Firms.ExportFirms;

/// <summary>The whole filtered firm list of the caller's scope, for CSV.</summary>
public sealed record ExportFirmsQuery(
    string? Format,
    string? Name,
    NameMatch? NameMatch,
    string? Uscc,
    string? RegionCode,
    FirmStatus? Status,
    OrganisationForm? OrganisationForm,
    FirmSizeBand? SizeBand,
    string? Sort) : IQuery<IAsyncEnumerable<FirmSummary>>, IFirmFilter;

public sealed class ExportFirmsValidator : AbstractValidator<ExportFirmsQuery>
{
    public ExportFirmsValidator()
    {
        Include(new FirmFilterRules<ExportFirmsQuery>());
        RuleFor(q => q.Format).Must(f => f is null or "csv")
            .WithMessage(_ => Bilingual.Text("导出格式目前支持 csv。", "The export format supported is csv."));
        RuleFor(q => q.Sort).Must(s => SortOrder.TryParse(s, FirmFilters.Sort.Names, out _))
            .WithMessage(_ => Bilingual.Text("排序字段无效。", "Unknown sort field."));
    }
}

public sealed class ExportFirmsHandler(RegistryDbContext db, ICurrentUser user) : IQueryHandler<ExportFirmsQuery, IAsyncEnumerable<FirmSummary>>
{
    public ValueTask<IAsyncEnumerable<FirmSummary>> Handle(ExportFirmsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(db.Firms.AsNoTracking()
            .VisibleTo(user.Scope, db)
            .Matching(query, db)
            .OrderedBy(SortOrder.Parse(query.Sort, FirmFilters.Sort.Names), FirmFilters.Sort)
            .Select(FirmProjections.Summary(db))
            .AsAsyncEnumerable());
}

internal static class FirmExportColumns
{
    public static IReadOnlyList<CsvColumn<FirmSummary>> Columns() =>
    [
        new(Bilingual.Text("律所名称", "Name"), f => f.Name),
        new(Bilingual.Text("统一社会信用代码", "Unified social credit code"), f => f.Uscc),
        new(Bilingual.Text("组织形式", "Organisation form"), f => RegistryTexts.Of(f.OrganisationForm)),
        new(Bilingual.Text("规模", "Size"), f => RegistryTexts.Of(f.SizeBand)),
        new(Bilingual.Text("区划代码", "Region code"), f => f.RegionCode),
        new(Bilingual.Text("所在地区", "Region"), f => f.RegionName),
        new(Bilingual.Text("负责人", "Director"), f => f.Director),
        new(Bilingual.Text("成立日期", "Founded"), f => f.FoundedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new(Bilingual.Text("状态", "Status"), f => RegistryTexts.Of(f.Status)),
        new(Bilingual.Text("执业律师人数", "Practising lawyers"), f => f.PractisingLawyerCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
