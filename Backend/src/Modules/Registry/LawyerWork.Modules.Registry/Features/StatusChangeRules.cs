using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.Modules.Registry.Features;

/// <summary>A state change of a firm or lawyer: when it takes effect and why (both go on record).</summary>
public interface IStatusChange
{
    DateOnly? EffectiveOn { get; }

    string? Reason { get; }
}

/// <summary>The rules every state change of the register follows.</summary>
public abstract class StatusChangeRules<T> : AbstractValidator<T>
    where T : IStatusChange
{
    protected StatusChangeRules(TimeProvider clock)
    {
        RuleFor(c => c.EffectiveOn).NotNull()
            .WithMessage(_ => Bilingual.Text("请填写生效日期。", "The effective date is required."))
            .Must(d => d!.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(366))
            .WithMessage(_ => Bilingual.Text("生效日期不能晚于一年以后。", "The effective date cannot be more than a year ahead."))
            .When(c => c.EffectiveOn is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length <= 500)
            .WithMessage(_ => Bilingual.Text("请填写原因（不超过 500 字）。", "A reason of at most 500 characters is required."));
    }
}
