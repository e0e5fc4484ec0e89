using System.Net.Http.Headers;
using System.Text;
using LawyerWork.Modules.Integration.Dispatch;
using LawyerWork.Modules.Integration.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LawyerWork.Modules.Integration.Webhooks;

/// <summary>POSTs a delivery's envelope to its subscription's URL, signed, through the outgoing pipeline.</summary>
public sealed class WebhookChannel(IntegrationDbContext db, IHttpClientFactory clients, WebhookSecrets secrets, WebhookTargets targets, TimeProvider clock) : IDeliveryChannel
{
    public const string ClientName = "webhooks";

    public bool Serves(string target) => target.StartsWith("webhook:", StringComparison.Ordinal);

    public async Task<DeliveryOutcome> SendAsync(Domain.Delivery delivery, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
        if (subscription is null)
        {
            return DeliveryOutcome.Failure(null, "the subscription no longer exists", permanent: true);
        }

        if (!subscription.Active)
        {
            return DeliveryOutcome.Waiting("the subscription is paused");
        }

        var url = new Uri(subscription.Url);
        if (url.Scheme != Uri.UriSchemeHttps && !targets.IsAllowedOrigin(url))
        {
            return DeliveryOutcome.Failure(null, "only https targets are allowed", permanent: true);
        }

        var body = Encoding.UTF8.GetBytes(delivery.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secrets.Reveal(subscription.ProtectedSecret), clock.GetUtcNow().ToUnixTimeSeconds(), body));
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId.ToString("D"));
        request.Headers.Add(WebhookSignature.EventTypeHeader, delivery.EventType);
        request.Headers.Add(WebhookSignature.DeliveryIdHeader, delivery.Id.ToString("D"));
        request.Options.Set(OutgoingPipelines.Target, delivery.Target);
        try
        {
            // Headers only: the receiver's answer body is never read, so a huge or malformed one costs nothing.
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? DeliveryOutcome.Success(status)
                : DeliveryOutcome.Failure(status, $"HTTP {status}", OutgoingPipelines.IsPermanent(response.StatusCode), OutgoingPipelines.RetryAfter(response));
        }
        catch (BrokenCircuitException)
        {
            return DeliveryOutcome.BreakerOpen(delivery.Target);
        }
        catch (TimeoutRejectedException)
        {
            return DeliveryOutcome.Failure(null, "timed out");
        }
        catch (HttpRequestException e) when (e.InnerException is ForbiddenTargetException)
        {
            return DeliveryOutcome.Failure(null, "refused: the target resolves to a forbidden address", permanent: true);
        }
        catch (HttpRequestException e)
        {
            return DeliveryOutcome.Failure(null, $"network error: {e.HttpRequestError}");
        }
    }
}
