using System.Text.Json.Serialization;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Integration.Persistence;
using LawyerWork.Modules.Integration.Webhooks;
using Mediator;

namespace LawyerWork.Modules.Integration.Features.Webhooks;

/// <summary>Changes a subscription's URL, event types or description, or pauses and resumes it. If-Match.</summary>
public sealed record ChangeWebhookSubscriptionCommand(string? Description, string? Url, IReadOnlyList<string>? EventTypes, bool Active)
    : ICommand<WebhookSubscriptionView>, IWebhookSubscriptionFields
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

public sealed class ChangeWebhookSubscriptionValidator(WebhookTargets targets) : WebhookSubscriptionFieldsValidator<ChangeWebhookSubscriptionCommand>(targets);

public sealed class ChangeWebhookSubscriptionHandler(IntegrationDbContext db, IApiClientDirectory clients) : ICommandHandler<ChangeWebhookSubscriptionCommand, WebhookSubscriptionView>
{
    public async ValueTask<WebhookSubscriptionView> Handle(ChangeWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions.SubscriptionAsync(command.Id, cancellationToken);
        subscription.EnsureVersion(command.ExpectedVersion);
        subscription.Change(command.Description?.Trim() ?? "", command.Url!.Trim(), command.EventTypes!, command.Active);
        await db.SaveChangesAsync(cancellationToken);
        return await subscription.ViewAsync(clients, cancellationToken);
    }
}

/// <summary>A new signing secret, shown once; the old one stops working at once. If-Match.</summary>
public sealed record RotateWebhookSecretCommand(Guid Id, long ExpectedVersion) : ICommand<WebhookSubscriptionWithSecret>;

public sealed class RotateWebhookSecretHandler(IntegrationDbContext db, WebhookSecrets secrets, IApiClientDirectory clients, TimeProvider clock)
    : ICommandHandler<RotateWebhookSecretCommand, WebhookSubscriptionWithSecret>
{
    public async ValueTask<WebhookSubscriptionWithSecret> Handle(RotateWebhookSecretCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions.SubscriptionAsync(command.Id, cancellationToken);
        subscription.EnsureVersion(command.ExpectedVersion);
        var secret = WebhookSignature.NewSecret();
        subscription.RotateSecret(secrets.Protect(secret), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSubscriptionWithSecret(await subscription.ViewAsync(clients, cancellationToken), secret);
    }
}
