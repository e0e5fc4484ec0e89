using FluentValidation;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Integration.Domain;
using LawyerWork.Modules.Integration.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Integration.Features.Webhooks;

public sealed record WebhookSubscriptionListQuery(string? ClientId, bool? Active, int? Page, int? PageSize, string? Sort, string? Cursor)
    : IQuery<ListPage<WebhookSubscriptionView>>, IPageRequest;

public sealed record WebhookSubscriptionQuery(Guid Id) : IQuery<WebhookSubscriptionView>;

public sealed class WebhookSubscriptionListValidator : AbstractValidator<WebhookSubscriptionListQuery>
{
    public WebhookSubscriptionListValidator()
    {
        Include(new PageRules<WebhookSubscriptionListQuery>(WebhookSubscriptionViews.Sort.Names));
        RuleFor(q => q.ClientId).MaximumLength(100);
    }
}

public sealed class WebhookSubscriptionListHandler(IntegrationDbContext db, IApiClientDirectory clients) : IQueryHandler<WebhookSubscriptionListQuery, ListPage<WebhookSubscriptionView>>
{
    public async ValueTask<ListPage<WebhookSubscriptionView>> Handle(WebhookSubscriptionListQuery query, CancellationToken cancellationToken)
    {
        IQueryable<WebhookSubscription> subscriptions = db.Subscriptions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.ClientId))
        {
            subscriptions = subscriptions.Where(s => s.ClientId == query.ClientId);
        }

        if (query.Active is { } active)
        {
            subscriptions = subscriptions.Where(s => s.Active == active);
        }

        var page = await subscriptions.ToListPageAsync(query.ToPageQuery(), WebhookSubscriptionViews.Sort, WebhookSubscriptionViews.Row, cancellationToken);
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var clientId in page.Items.Select(s => s.ClientId).Distinct())
        {
            names[clientId] = await clients.DisplayNameAsync(clientId, cancellationToken);
        }

        return new ListPage<WebhookSubscriptionView>(page.Items.Select(s => s.View(names[s.ClientId])).ToList(), page.Page, page.PageSize, page.TotalCount, page.NextCursor);
    }
}

public sealed class WebhookSubscriptionHandler(IntegrationDbContext db, IApiClientDirectory clients) : IQueryHandler<WebhookSubscriptionQuery, WebhookSubscriptionView>
{
    public async ValueTask<WebhookSubscriptionView> Handle(WebhookSubscriptionQuery query, CancellationToken cancellationToken) =>
        await (await db.Subscriptions.AsNoTracking().SubscriptionAsync(query.Id, cancellationToken)).ViewAsync(clients, cancellationToken);
}
