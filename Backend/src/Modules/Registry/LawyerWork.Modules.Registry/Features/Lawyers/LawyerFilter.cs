using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Persistence;

namespace LawyerWork.Modules.Registry.Features.Lawyers;

/// <summary>The filters of the lawyer list, shared by the list and its export.</summary>
public interface ILawyerFilter
{
    string? Name { get; }

    NameMatch? NameMatch { get; }

    string? CertificateNumber { get; }

    Guid? FirmId { get; }

    string? RegionCode { get; }

    LawyerCategory? Category { get; }

    LawyerStatus? Status { get; }

    Specialty? Specialty { get; }

    bool? ForeignRelated { get; }
}

internal static class LawyerFilters
{
    public static readonly SortableFields<Lawyer> Sort = new SortableFields<Lawyer>(l => l.Id)
        .Add("name", l => l.NameSearch, isDefault: true)
        .Add("firstPracticeYear", l => l.FirstPracticeYear)
        .Add("certificateNumber", l => l.CertificateNumber);

    public static IQueryable<Lawyer> Matching(this IQueryable<Lawyer> lawyers, ILawyerFilter filter, RegistryDbContext db)
    {
        lawyers = lawyers.WhereNameMatches(l => l.NameSearch, filter.Name, filter.NameMatch);

        if (!string.IsNullOrWhiteSpace(filter.CertificateNumber))
        {
            lawyers = lawyers.Where(l => l.CertificateNumber == filter.CertificateNumber.Trim());
        }

        if (filter.FirmId is { } firm)
        {
            lawyers = lawyers.Where(l => l.FirmId == firm);
        }

        if (filter.RegionCode is not null)
        {
            lawyers = lawyers.InRegion(filter.RegionCode, db);
        }

        if (filter.Category is { } category)
        {
            lawyers = lawyers.Where(l => l.Category == category);
        }

        if (filter.Status is { } status)
        {
            lawyers = lawyers.Where(l => l.Status == status);
        }

        if (filter.Specialty is { } specialty)
        {
            lawyers = lawyers.Where(l => l.Specialties.Any(s => s.Specialty == specialty));
        }

        if (filter.ForeignRelated is { } foreign)
        {
            lawyers = lawyers.Where(l => l.ForeignRelated == foreign);
        }

        return lawyers;
    }
}

public sealed class LawyerFilterRules<T> : AbstractValidator<T>
    where T : ILawyerFilter
{
    public LawyerFilterRules()
    {
        RuleFor(f => f.Name).MaximumLength(50)
            .WithMessage(_ => Bilingual.Text("姓名检索词最长 50 个字符。", "The name term is at most 50 characters."));
        RuleFor(f => f.CertificateNumber).Matches("^[0-9]{17}$")
            .WithMessage(_ => Bilingual.Text("执业证号须为 17 位数字。", "A practice certificate number is 17 digits."))
            .When(f => !string.IsNullOrEmpty(f.CertificateNumber));
        RuleFor(f => f.RegionCode).Must(RegionCodes.IsWellFormed!)
            .WithMessage(_ => Bilingual.Text("区划代码必须是六位数字。", "A region code is six digits."))
            .When(f => f.RegionCode is not null);
    }
}
