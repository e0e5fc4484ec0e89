using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Persistence;

namespace LawyerWork.Modules.Registry.Features.Firms;

/// <summary>The filters of the firm list, shared by the list and its export so both return the same rows.</summary>
public interface IFirmFilter
{
    string? Name { get; }

    NameMatch? NameMatch { get; }

    string? Uscc { get; }

    string? RegionCode { get; }

    FirmStatus? Status { get; }

    OrganisationForm? OrganisationForm { get; }

    FirmSizeBand? SizeBand { get; }
}

internal static class FirmFilters
{
    public static readonly SortableFields<Firm> Sort = new SortableFields<Firm>(f => f.Id)
        .Add("name", f => f.NameSearch, isDefault: true)
        .Add("foundedOn", f => f.FoundedOn)
        .Add("lawyerCount", f => f.PractisingLawyerCount);

    public static IQueryable<Firm> Matching(this IQueryable<Firm> firms, IFirmFilter filter, RegistryDbContext db)
    {
        firms = firms.WhereNameMatches(f => f.NameSearch, filter.Name, filter.NameMatch);

        if (!string.IsNullOrWhiteSpace(filter.Uscc))
        {
            firms = firms.Where(f => f.Uscc == filter.Uscc.Trim().ToUpperInvariant());
        }

        if (filter.RegionCode is not null)
        {
            firms = firms.InRegion(filter.RegionCode, db);
        }

        if (filter.Status is { } status)
        {
            firms = firms.Where(f => f.Status == status);
        }

        if (filter.OrganisationForm is { } form)
        {
            firms = firms.Where(f => f.OrganisationForm == form);
        }

        if (filter.SizeBand is { } band)
        {
            firms = firms.Where(f => f.SizeBand == band);
        }

        return firms;
    }
}

/// <summary>The filter rules, included by the list's and the export's validators.</summary>
public sealed class FirmFilterRules<T> : AbstractValidator<T>
    where T : IFirmFilter
{
    public FirmFilterRules()
    {
        RuleFor(f => f.Name).MaximumLength(100)
            .WithMessage(_ => Bilingual.Text("名称检索词最长 100 个字符。", "The name term is at most 100 characters."));
        RuleFor(f => f.RegionCode).Must(RegionCodes.IsWellFormed!)
            .WithMessage(_ => Bilingual.Text("区划代码必须是六位数字。", "A region code is six digits."))
            .When(f => f.RegionCode is not null);
        RuleFor(f => f.Uscc).MaximumLength(18)
            .WithMessage(_ => Bilingual.Text("统一社会信用代码为 18 位。", "A unified social credit code has 18 characters."));
    }
}
