using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.Modules.Registry.Features.Regions;

internal static class RegionCodeRules
{
    /// <summary>Six ASCII digits: GB/T 2260 codes, NBS zone codes and our internal ones all have this shape.</summary>
    public static IRuleBuilderOptions<T, string> MustBeRegionCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .WithMessage(_ => Bilingual.Text("请填写区划代码。", "A region code is required."))
            .Matches("^[0-9]{6}$")
            .WithMessage(_ => Bilingual.Text("区划代码必须是六位数字。", "A region code is six digits."));
}
