using System.Text.Json;
using System.Text.Json.Serialization;

namespace LawyerWork.Modules.Integration.Webhooks;

/// <summary>
/// The stable envelope of every webhook delivery. <see cref="Id"/> is the event's id (the same for
/// every subscription and every redelivery): receivers deduplicate by it. <see cref="SchemaVersion"/>
/// changes only when a field's meaning changes; fields may be added without it.
/// </summary>
public sealed record WebhookEnvelope(Guid Id, string Type, int SchemaVersion, DateTimeOffset OccurredAt, Guid AggregateId, JsonElement Data)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>camelCase, enums by name: what integrators read in the catalogue.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize<TEvent>(Guid id, Guid aggregateId, DateTimeOffset occurredAt, TEvent data) =>
        JsonSerializer.Serialize(
            new WebhookEnvelope(id, typeof(TEvent).Name, CurrentSchemaVersion, occurredAt, aggregateId, JsonSerializer.SerializeToElement(data, Json)), Json);
}
