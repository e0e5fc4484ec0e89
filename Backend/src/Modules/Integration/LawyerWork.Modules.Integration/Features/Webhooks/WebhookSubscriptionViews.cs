using System.Linq.Expressions;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Integration.Domain;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Integration.Features.Webhooks;

/// <summary>A subscription as administrators see it; the secret is never shown again after creation or rotation.</summary>
public sealed record WebhookSubscriptionView(
    Guid Id,
    string ClientId,
    string ClientName,
    string Description,
    string Url,
    IReadOnlyList<string> EventTypes,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SecretRotatedAt,
    long Version);

/// <summary>A subscription with its signing secret, shown this once.</summary>
public sealed record WebhookSubscriptionWithSecret(WebhookSubscriptionView Subscription, string Secret);

internal static class WebhookSubscriptionViews
{
    public static readonly SortableFields<WebhookSubscription> Sort = new SortableFields<WebhookSubscription>(s => s.Id)
        .Add("createdAt", s => s.CreatedAt, isDefault: true)
        .Add("clientId", s => s.ClientId);

    /// <summary>The view with the client's display name (the client id when Access no longer knows it).</summary>
    public static WebhookSubscriptionView View(this WebhookSubscription s, string? clientName) =>
        new(s.Id, s.ClientId, clientName ?? s.ClientId, s.Description, s.Url, s.Types, s.Active, s.CreatedAt, s.SecretRotatedAt, s.Version);

    public static async Task<WebhookSubscriptionView> ViewAsync(this WebhookSubscription s, IApiClientDirectory clients, CancellationToken cancellationToken) =>
        s.View(await clients.DisplayNameAsync(s.ClientId, cancellationToken));

    public static readonly Expression<Func<WebhookSubscription, WebhookSubscription>> Row = s => s;

    public static async Task<WebhookSubscription> SubscriptionAsync(this IQueryable<WebhookSubscription> subscriptions, Guid id, CancellationToken cancellationToken) =>
        await subscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new NotFoundException("未找到该订阅。", "No such webhook subscription.");
}
