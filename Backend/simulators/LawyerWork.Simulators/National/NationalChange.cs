using System.Text.Json;

namespace LawyerWork.Simulators.National;

/// <summary>A change notification as the national system's contract defines it (schema version 1).</summary>
internal sealed record NationalChange(Guid EventId, string Kind, Guid SubjectId, string Change, DateTimeOffset OccurredAt, JsonElement Data)
{
    public const int SchemaVersion = 1;

    public static readonly string[] Kinds = ["Lawyer", "Firm", "Sanction"];

    /// <summary>Reads the body, or names every field that is missing or wrong.</summary>
    public static (NationalChange? Change, Dictionary<string, string[]> Errors) Read(JsonElement body)
    {
        var fields = new JsonFields(body);
        fields.Version("schemaVersion", SchemaVersion);
        var change = new NationalChange(
            fields.Guid("eventId"),
            fields.OneOf("kind", Kinds),
            fields.Guid("subjectId"),
            fields.String("change"),
            fields.Instant("occurredAt"),
            fields.Object("data"));
        return (fields.IsValid ? change : null, fields.Errors);
    }
}
