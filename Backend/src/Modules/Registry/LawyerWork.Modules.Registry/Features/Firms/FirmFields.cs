using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Domain.Identifiers;

namespace LawyerWork.Modules.Registry.Features.Firms;

/// <summary>The fields a firm is registered and updated with (nullable so a missing one is named, not defaulted).</summary>
public interface IFirmFields
{
    string? Name { get; }

    string? Uscc { get; }

    string? LicenceNumber { get; }

    OrganisationForm? OrganisationForm { get; }

    FirmSizeBand? SizeBand { get; }

    string? RegionCode { get; }

    string? Director { get; }

    string? Address { get; }

    string? Phone { get; }

    DateOnly? FoundedOn { get; }

    Guid? BranchOfId { get; }
}

/// <summary>The rules both registering and updating a firm enforce.</summary>
public abstract class FirmFieldsValidator<T> : AbstractValidator<T>
    where T : IFirmFields
{
    protected FirmFieldsValidator(TimeProvider clock)
    {
        RuleFor(f => f.Name).Must(n => n!.Trim().Length is >= 2 and <= 100)
            .WithMessage(_ => Bilingual.Text("律所名称须为 2 到 100 个字符。", "The firm's name must be 2 to 100 characters."))
            .When(f => f.Name is not null);
        RuleFor(f => f.Uscc).Cascade(CascadeMode.Stop).Must(c => UnifiedSocialCreditCode.HasValidShape(c!))
            .WithMessage(_ => Bilingual.Text(
                "统一社会信用代码须为 18 位，由数字和除 I、O、S、V、Z 以外的大写字母组成。",
                "The unified social credit code has 18 characters: digits and capital letters except I, O, S, V and Z."))
            .Must(c => UnifiedSocialCreditCode.HasValidCheckCharacter(c!))
            .WithMessage(_ => Bilingual.Text(
                "统一社会信用代码校验位不正确（GB 32100-2015），请核对。",
                "The unified social credit code's check character is wrong (GB 32100-2015); check the code."))
            .Must(c => UnifiedSocialCreditCode.IsValidLawFirmCode(c!))
            .WithMessage(_ => Bilingual.Text(
                "律师事务所的统一社会信用代码以 31 开头，第 3 至 8 位为行政区划代码。",
                "A law firm's unified social credit code starts with 31, followed by a six-digit division code."))
            .When(f => f.Uscc is not null, ApplyConditionTo.AllValidators);
        RuleFor(f => f.LicenceNumber).Matches("^[0-9]{17}$")
            .WithMessage(_ => Bilingual.Text("执业许可证号须为 17 位数字。", "The practice licence number is 17 digits."))
            .When(f => f.LicenceNumber is not null);
        RuleFor(f => f.OrganisationForm).IsInEnum()
            .WithMessage(_ => Bilingual.Text("组织形式无效。", "Unknown organisation form."));
        RuleFor(f => f.SizeBand).IsInEnum()
            .WithMessage(_ => Bilingual.Text("规模无效。", "Unknown size band."));
        RuleFor(f => f.RegionCode).Must(RegionCodes.IsWellFormed)
            .WithMessage(_ => Bilingual.Text("区划代码必须是六位数字。", "A region code is six digits."))
            .When(f => f.RegionCode is not null);
        RuleFor(f => f.Director).Must(d => d!.Trim().Length is >= 2 and <= 50)
            .WithMessage(_ => Bilingual.Text("负责人姓名须为 2 到 50 个字符。", "The director's name must be 2 to 50 characters."))
            .When(f => f.Director is not null);
        RuleFor(f => f.Address).Must(a => a!.Trim().Length is >= 4 and <= 200)
            .WithMessage(_ => Bilingual.Text("地址须为 4 到 200 个字符。", "The address must be 4 to 200 characters."))
            .When(f => f.Address is not null);
        RuleFor(f => f.Phone).Matches("^[0-9][0-9-]{6,19}$")
            .WithMessage(_ => Bilingual.Text("联系电话格式不正确（数字和连字符，7 到 20 位）。", "The phone number must be 7 to 20 digits and hyphens."))
            .When(f => !string.IsNullOrEmpty(f.Phone));
        RuleFor(f => f.FoundedOn)
            .Must(d => d!.Value >= new DateOnly(1979, 1, 1) && d.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage(_ => Bilingual.Text("成立日期须在 1979 年（律师制度恢复）之后且不晚于今天。", "The founding date must be after 1979 (when the lawyer system was restored) and not in the future."))
            .When(f => f.FoundedOn is not null);
        Required(f => f.Name, "name");
        Required(f => f.Uscc, "uscc");
        Required(f => f.LicenceNumber, "licenceNumber");
        Required(f => f.OrganisationForm, "organisationForm");
        Required(f => f.SizeBand, "sizeBand");
        Required(f => f.RegionCode, "regionCode");
        Required(f => f.Director, "director");
        Required(f => f.Address, "address");
        Required(f => f.FoundedOn, "foundedOn");
    }

    private void Required<TProperty>(System.Linq.Expressions.Expression<Func<T, TProperty>> field, string name) =>
        RuleFor(field).NotNull().WithMessage(_ => Bilingual.Text("此项为必填项。", "This field is required.")).OverridePropertyName(name);
}

internal static class FirmFieldsMapping
{
    public static FirmDetailsInput ToInput(this IFirmFields f) => new(
        f.Name!, f.Uscc!, f.LicenceNumber!, f.OrganisationForm!.Value, f.SizeBand!.Value, f.RegionCode!,
        f.Director!, f.Address!, f.Phone, f.FoundedOn!.Value, f.BranchOfId);
}
