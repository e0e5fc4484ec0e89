using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LawyerWork.Modules.Integration.Contracts;
using LawyerWork.Modules.Integration.Dispatch;

namespace LawyerWork.Modules.Integration.National;

/// <summary>
/// The HTTP adapter of <see cref="INationalLawyerSystem"/> (the contract in docs/integration.md), through
/// the outgoing Polly pipeline under the target <c>national</c>. Answers are read only up to
/// <see cref="ResilienceOptions.MaxAnswerBytes"/> and must be the contract's JSON; anything else is a
/// permanent failure, so the delivery is parked instead of being retried against a broken answer.
/// </summary>
public sealed class NationalSystemClient(IHttpClientFactory clients, ResilienceOptions resilience) : INationalLawyerSystem
{
    public const string ClientName = "national";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<NationalReceipt> SendAsync(NationalChange change, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/changes") { Content = JsonContent.Create(change, options: Json) };
        var receipt = await ExchangeAsync<NationalReceipt>(request, cancellationToken);
        if (string.IsNullOrWhiteSpace(receipt.ReceiptId) || receipt.EventId != change.EventId)
        {
            throw new NationalExchangeException("malformed answer: no receipt for this event", permanent: true, statusCode: 200);
        }

        return receipt;
    }

    public async Task<NationalDailySummary> DailySummaryAsync(DateOnly day, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/daily-summary?date={day:yyyy-MM-dd}");
        var summary = await ExchangeAsync<NationalDailySummary>(request, cancellationToken);
        return summary.Date == day ? summary : throw new NationalExchangeException("malformed answer: a summary of another day", permanent: true, statusCode: 200);
    }

    public async Task<IReadOnlyList<Guid>> DailyEventIdsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/daily-summary/ids?date={day:yyyy-MM-dd}");
        return (await ExchangeAsync<DailyIds>(request, cancellationToken)).EventIds ?? [];
    }

    private async Task<T> ExchangeAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(OutgoingPipelines.Target, Domain.Delivery.NationalTarget);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            throw new NationalExchangeException($"HTTP {status}", OutgoingPipelines.IsPermanent(response.StatusCode), status, OutgoingPipelines.RetryAfter(response));
        }

        var text = await ReadBoundedAsync(response, cancellationToken);
        try
        {
            return JsonSerializer.Deserialize<T>(text, Json) ?? throw new JsonException("null");
        }
        catch (JsonException)
        {
            throw new NationalExchangeException("malformed answer: not the contract's JSON", permanent: true, statusCode: status);
        }
    }

    private async Task<string> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > resilience.MaxAnswerBytes)
        {
            throw new NationalExchangeException($"answer too large: {response.Content.Headers.ContentLength} bytes", permanent: true, statusCode: (int)response.StatusCode);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[resilience.MaxAnswerBytes + 1];
        var read = 0;
        while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), cancellationToken) is var n and > 0)
        {
            read += n;
        }

        return read > resilience.MaxAnswerBytes
            ? throw new NationalExchangeException($"answer too large: over {resilience.MaxAnswerBytes} bytes", permanent: true, statusCode: (int)response.StatusCode)
            : Encoding.UTF8.GetString(buffer, 0, read);
    }

    private sealed record DailyIds(DateOnly Date, IReadOnlyList<Guid>? EventIds);
}
