using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Domain.Identifiers;

namespace LawyerWork.Modules.Registry.Features.Lawyers;

/// <summary>The facts of a lawyer that registering and updating share.</summary>
public interface ILawyerFields
{
    string? Name { get; }

    Gender? Gender { get; }

    string? Phone { get; }

    LawyerCategory? Category { get; }

    string? Employer { get; }

    int? FirstPracticeYear { get; }

    bool? ForeignRelated { get; }

    IReadOnlyList<string>? Languages { get; }

    IReadOnlyList<Specialty>? Specialties { get; }
}

public abstract class LawyerFieldsValidator<T> : AbstractValidator<T>
    where T : ILawyerFields
{
    public const int MaxSpecialties = 5;
    public const int MaxLanguages = 10;

    protected LawyerFieldsValidator(TimeProvider clock)
    {
        var thisYear = clock.GetUtcNow().Year;
        RuleFor(l => l.Name).NotNull().WithMessage(_ => Required)
            .Must(n => n!.Trim().Length is >= 2 and <= 50)
            .WithMessage(_ => Bilingual.Text("姓名须为 2 到 50 个字符。", "The name must be 2 to 50 characters."))
            .When(l => l.Name is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(l => l.Gender).NotNull().WithMessage(_ => Required)
            .IsInEnum().WithMessage(_ => Bilingual.Text("性别无效。", "Unknown gender."));
        RuleFor(l => l.Phone).Must(p => MobilePhoneNumber.IsValid(p!))
            .WithMessage(_ => Bilingual.Text("手机号码须为 11 位，以 13 至 19 开头。", "A mobile number has 11 digits starting 13 to 19."))
            .When(l => !string.IsNullOrEmpty(l.Phone));
        RuleFor(l => l.Category).NotNull().WithMessage(_ => Required)
            .IsInEnum().WithMessage(_ => Bilingual.Text("执业类别无效。", "Unknown practice category."));
        RuleFor(l => l.Employer).Must(e => e!.Trim().Length is >= 2 and <= 100)
            .WithMessage(_ => Bilingual.Text("工作单位须为 2 到 100 个字符。", "The employer must be 2 to 100 characters."))
            .When(l => !string.IsNullOrEmpty(l.Employer));
        RuleFor(l => l.Employer).NotEmpty()
            .WithMessage(_ => Bilingual.Text("公职、公司和法律援助律师须填写工作单位。", "Public-sector, corporate and legal-aid lawyers need an employer."))
            .When(l => l.Category is { } c && LawyerRules.WorksForEmployer(c));
        RuleFor(l => l.FirstPracticeYear).NotNull().WithMessage(_ => Required)
            .InclusiveBetween(1979, thisYear)
            .WithMessage(_ => Bilingual.Text($"首次执业年份须在 1979 到 {thisYear} 之间。", $"The first practice year must be between 1979 and {thisYear}."));
        RuleFor(l => l.Languages).Must(l => l!.Count <= MaxLanguages)
            .WithMessage(_ => Bilingual.Text($"工作语言最多 {MaxLanguages} 种。", $"At most {MaxLanguages} working languages."))
            .When(l => l.Languages is not null);
        RuleForEach(l => l.Languages).Matches("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
            .WithMessage(_ => Bilingual.Text("语言须为 ISO 639 代码，如 en、ru、ko。", "A language is an ISO 639 code such as en, ru or ko."));
        RuleFor(l => l.Specialties).Must(s => s!.Count <= MaxSpecialties)
            .WithMessage(_ => Bilingual.Text($"业务专长最多 {MaxSpecialties} 项。", $"At most {MaxSpecialties} specialties."))
            .When(l => l.Specialties is not null);
        RuleForEach(l => l.Specialties).IsInEnum()
            .WithMessage(_ => Bilingual.Text("业务专长无效。", "Unknown specialty."));
    }

    protected static string Required => Bilingual.Text("此项为必填项。", "This field is required.");
}

internal static class LawyerRules
{
    /// <summary>Public-sector, corporate and legal-aid lawyers practise for an employer, not at a firm.</summary>
    public static bool WorksForEmployer(LawyerCategory category) =>
        category is LawyerCategory.PublicSector or LawyerCategory.Corporate or LawyerCategory.LegalAid;

    public static LawyerDetailsInput ToInput(this ILawyerFields f) => new(
        f.Name!, f.Gender!.Value, f.Phone, f.Category!.Value, f.Employer, f.FirstPracticeYear!.Value,
        f.ForeignRelated ?? false, f.Languages ?? [], f.Specialties ?? []);
}
