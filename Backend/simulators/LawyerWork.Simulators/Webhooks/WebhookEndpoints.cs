using System.Text.Json;
using LawyerWork.Simulators.Faults;

namespace LawyerWork.Simulators.Webhooks;

/// <summary>The receiving end of LawyerWork's webhooks (docs/integration/simulators.md).</summary>
internal static class WebhookEndpoints
{
    public static void MapWebhookEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/webhooks/{name}", ReceiveAsync);

    private static async Task<IResult> ReceiveAsync(string name, HttpContext context, WebhookReceivers receivers, TimeProvider clock)
    {
        if (receivers.Find(name) is not { } receiver)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No webhook receiver '{name}'");
        }

        if (await receiver.Faults.InterceptAsync(context, clock) is { } faulted)
        {
            return faulted;
        }

        // The signature covers the raw bytes, so they are read as they came, before any parsing.
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (receiver.Verify(context.Request.Headers[WebhookSignature.HeaderName], body.Span) is { } refusal)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Signature refused", detail: refusal);
        }

        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(body);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["is not valid JSON"] });
        }

        var (envelope, errors) = WebhookEnvelope.Read(json, context.Request.Headers);
        return envelope is null ? Results.ValidationProblem(errors) : Results.Ok(receiver.Record(envelope));
    }
}
