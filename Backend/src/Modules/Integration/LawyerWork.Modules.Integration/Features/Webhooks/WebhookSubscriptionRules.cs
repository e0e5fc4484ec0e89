using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.Modules.Integration.Dispatch;
using LawyerWork.Modules.Integration.Webhooks;

namespace LawyerWork.Modules.Integration.Features.Webhooks;

/// <summary>What a subscription's URL, event types and description must be, on creation and on change.</summary>
public interface IWebhookSubscriptionFields
{
    string? Description { get; }

    string? Url { get; }

    IReadOnlyList<string>? EventTypes { get; }
}

public abstract class WebhookSubscriptionFieldsValidator<T> : AbstractValidator<T>
    where T : IWebhookSubscriptionFields
{
    protected WebhookSubscriptionFieldsValidator(WebhookTargets targets)
    {
        RuleFor(s => s.Description).MaximumLength(200);
        RuleFor(s => s.Url).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Bilingual.Text("请填写接收地址。", "Give the receiving URL."))
            .MaximumLength(500)
            .CustomAsync(async (url, context, cancellationToken) =>
            {
                if (await targets.RefusalAsync(url, cancellationToken) is { } refusal)
                {
                    context.AddFailure(refusal);
                }
            });
        RuleFor(s => s.EventTypes).Must(t => t is { Count: > 0 })
            .WithMessage(_ => Bilingual.Text("至少选择一种事件。", "Choose at least one event type."));
        RuleForEach(s => s.EventTypes).Must(t => t is not null && EventCatalogue.Names.Contains(t))
            .WithMessage(_ => Bilingual.Text(
                $"未知的事件类型；可选：{string.Join(", ", EventCatalogue.Names.Order())}。", $"Unknown event type; choose from {string.Join(", ", EventCatalogue.Names.Order())}."));
    }
}
