using System.Text.Json;
using LawyerWork.Modules.Integration.Contracts;
using LawyerWork.Modules.Integration.Dispatch;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LawyerWork.Modules.Integration.National;

/// <summary>Sends a queued change through the port (the HTTP adapter in production; the tests' edge may replace it).</summary>
public sealed class NationalChannel(INationalLawyerSystem national) : IDeliveryChannel
{
    public bool Serves(string target) => target == Domain.Delivery.NationalTarget;

    public async Task<DeliveryOutcome> SendAsync(Domain.Delivery delivery, CancellationToken cancellationToken)
    {
        var change = JsonSerializer.Deserialize<NationalChange>(delivery.Body, NationalSystemClient.Json)!;
        try
        {
            var receipt = await national.SendAsync(change, cancellationToken);
            return DeliveryOutcome.Success(200, receipt.ReceiptId);
        }
        catch (NationalExchangeException e)
        {
            return DeliveryOutcome.Failure(e.StatusCode, e.Message, e.Permanent, e.RetryAfter);
        }
        catch (BrokenCircuitException)
        {
            return DeliveryOutcome.BreakerOpen(delivery.Target);
        }
        catch (TimeoutRejectedException)
        {
            return DeliveryOutcome.Failure(null, "timed out");
        }
        catch (HttpRequestException e)
        {
            return DeliveryOutcome.Failure(null, $"network error: {e.HttpRequestError}");
        }
    }
}
