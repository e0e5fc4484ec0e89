using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Integration.Domain;
using LawyerWork.Modules.Integration.Persistence;
using LawyerWork.Modules.Integration.Webhooks;
using Mediator;

namespace LawyerWork.Modules.Integration.Features.Webhooks;

/// <summary>An administrator subscribes an API client to event types; the signing secret is generated and shown once.</summary>
public sealed record CreateWebhookSubscriptionCommand(string? ClientId, string? Description, string? Url, IReadOnlyList<string>? EventTypes)
    : ICommand<WebhookSubscriptionWithSecret>, IWebhookSubscriptionFields;

public sealed class CreateWebhookSubscriptionValidator : WebhookSubscriptionFieldsValidator<CreateWebhookSubscriptionCommand>
{
    public CreateWebhookSubscriptionValidator(WebhookTargets targets)
        : base(targets)
    {
        RuleFor(s => s.ClientId).NotEmpty().WithMessage(_ => Bilingual.Text("请选择外部系统。", "Choose the API client.")).MaximumLength(100);
    }
}

public sealed class CreateWebhookSubscriptionHandler(IntegrationDbContext db, IApiClientDirectory clients, WebhookSecrets secrets, TimeProvider clock)
    : ICommandHandler<CreateWebhookSubscriptionCommand, WebhookSubscriptionWithSecret>
{
    public async ValueTask<WebhookSubscriptionWithSecret> Handle(CreateWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        if (await clients.DisplayNameAsync(command.ClientId!, cancellationToken) is not { } clientName)
        {
            throw InvalidField.Exception("clientId", Bilingual.Text("没有该外部系统。", "There is no API client with that id."));
        }

        var secret = WebhookSignature.NewSecret();
        var subscription = WebhookSubscription.Create(
            command.ClientId!, command.Description?.Trim() ?? "", command.Url!.Trim(), command.EventTypes!, secrets.Protect(secret), clock);
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSubscriptionWithSecret(subscription.View(clientName), secret);
    }
}
