using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Contracts;

namespace LawyerWork.Modules.Integration.Dispatch;

/// <summary>One field of an event's <c>data</c>, as JSON carries it.</summary>
public sealed record EventField(string Name, string Type, bool Nullable, string? Description);

/// <summary>An event type as integrators read it in the catalogue.</summary>
public sealed record EventTypeInfo(string Name, string Module, string Summary, IReadOnlyList<EventField> Fields);

/// <summary>
/// The integration events external systems may receive: the fan-out subscribes to exactly these, the
/// API offers exactly these to subscriptions, and docs/integration/events.md is generated from them and
/// their XML documentation (a test fails when it is out of date). An event left out reaches no external system.
/// </summary>
public static class EventCatalogue
{
    public static IReadOnlyList<Type> Types { get; } =
    [
        typeof(FirmRegistered),
        typeof(FirmUpdated),
        typeof(FirmStatusChanged),
        typeof(LawyerRegistered),
        typeof(LawyerUpdated),
        typeof(LawyerTransferred),
        typeof(LawyerStatusChanged),
        typeof(IntegrityRecorded),
        typeof(PracticePenaltyDecided),
        typeof(LawyerAssessedUnqualified),
    ];

    public static IReadOnlySet<string> Names { get; } = Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyList<EventTypeInfo>> Described = new(() => Types.Select(Describe).ToList());

    public static IReadOnlyList<EventTypeInfo> All => Described.Value;

    /// <summary>docs/integration/events.md: written by <c>build.ps1 openapi</c>, checked by a test.</summary>
    public static string Markdown()
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine("# Event catalogue");
        text.AppendLine();
        text.AppendLine("<!-- Generated from the event types and their XML documentation (EventCatalogue.Markdown) by `build.ps1 openapi`; do not edit. -->");
        text.AppendLine();
        text.AppendLine("Every event a webhook subscription may receive, as the `data` of the envelope (docs/integration.md).");
        text.AppendLine("Field names are camelCase, enum values their names, instants ISO 8601 with offset, dates `yyyy-MM-dd`.");
        text.AppendLine("The envelope's `aggregateId` is the record the event is about; events of one aggregate arrive in order.");
        foreach (var type in All)
        {
            text.AppendLine();
            text.AppendLine($"## {type.Name}");
            text.AppendLine();
            text.AppendLine($"Module: {type.Module}. {type.Summary}");
            text.AppendLine();
            text.AppendLine("| field | type | may be null | meaning |");
            text.AppendLine("|---|---|---|---|");
            foreach (var field in type.Fields)
            {
                text.AppendLine($"| `{field.Name}` | {field.Type} | {(field.Nullable ? "yes" : "no")} | {field.Description} |");
            }
        }

        return text.ToString().ReplaceLineEndings("\n");
    }

    private static EventTypeInfo Describe(Type type)
    {
        var docs = XmlDocs(type.Assembly);
        var member = docs?.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == "T:" + type.FullName);
        var module = type.Assembly.GetName().Name!.Replace("LawyerWork.Modules.", "", StringComparison.Ordinal).Replace(".Contracts", "", StringComparison.Ordinal);
        var nullability = new NullabilityInfoContext();
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => new EventField(
                JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                JsonType(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType),
                nullability.Create(p).ReadState == NullabilityState.Nullable,
                Text(member?.Elements("param").FirstOrDefault(e => (string?)e.Attribute("name") == p.Name))))
            .ToList();
        return new EventTypeInfo(type.Name, module, Text(member?.Element("summary")) ?? "", fields);
    }

    private static string JsonType(Type type) => type switch
    {
        _ when type == typeof(Guid) => "string (uuid)",
        _ when type == typeof(string) => "string",
        _ when type == typeof(DateTimeOffset) => "string (date-time, ISO 8601 with offset)",
        _ when type == typeof(DateOnly) => "string (date, yyyy-MM-dd)",
        _ when type == typeof(int) || type == typeof(long) => "integer",
        _ when type == typeof(bool) => "boolean",
        _ when type.IsEnum => "string: " + string.Join(" | ", Enum.GetNames(type)),
        _ => type.Name,
    };

    private static XDocument? XmlDocs(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        return File.Exists(path) ? XDocument.Load(path) : null;
    }

    // The XML documentation's text with <c>, <see> and <paramref> written out as plain words.
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var parts = element.Nodes().Select(n => n switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" } e => ((string?)e.Attribute("cref"))?.Split('.', ':').Last() ?? e.Value,
            XElement { Name.LocalName: "paramref" } e => JsonNamingPolicy.CamelCase.ConvertName((string?)e.Attribute("name") ?? ""),
            XElement e => e.Value,
            _ => "",
        });
        return string.Join(" ", string.Concat(parts).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
