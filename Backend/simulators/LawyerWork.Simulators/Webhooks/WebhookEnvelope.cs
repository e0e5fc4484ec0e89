using System.Text.Json;

namespace LawyerWork.Simulators.Webhooks;

/// <summary>The envelope every delivery carries (schema version 1), checked against its headers.</summary>
internal sealed record WebhookEnvelope(Guid Id, string Type, DateTimeOffset OccurredAt, Guid AggregateId, JsonElement Data)
{
    public const int SchemaVersion = 1;

    /// <summary>Reads the body, or names every field (or header) that is missing, wrong or disagrees.</summary>
    public static (WebhookEnvelope? Envelope, Dictionary<string, string[]> Errors) Read(JsonElement body, IHeaderDictionary headers)
    {
        var fields = new JsonFields(body);
        var envelope = new WebhookEnvelope(
            fields.Guid("id"),
            fields.String("type"),
            fields.Instant("occurredAt"),
            fields.Guid("aggregateId"),
            fields.Object("data"));
        fields.Version("schemaVersion", SchemaVersion);
        var errors = fields.Errors;
        // The headers let a receiver route and deduplicate without parsing the body; they must agree with it.
        if (!Guid.TryParse(headers[WebhookSignature.EventIdHeaderName], out var headerId) || (!errors.ContainsKey("id") && headerId != envelope.Id))
        {
            errors[WebhookSignature.EventIdHeaderName] = ["is required and must equal the body's id"];
        }

        if (headers[WebhookSignature.EventTypeHeaderName].ToString() is var headerType
            && (string.IsNullOrEmpty(headerType) || (!errors.ContainsKey("type") && headerType != envelope.Type)))
        {
            errors[WebhookSignature.EventTypeHeaderName] = ["is required and must equal the body's type"];
        }

        return (errors.Count == 0 ? envelope : null, errors);
    }
}
