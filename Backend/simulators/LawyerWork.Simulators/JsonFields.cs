using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LawyerWork.Simulators;

/// <summary>
/// Reads the fields of a contract's JSON body and collects an error per missing or wrong field
/// (named as sent, camelCase), so that one 400 names all of them.
/// </summary>
internal sealed partial class JsonFields
{
    private readonly JsonElement body;

    public JsonFields(JsonElement body)
    {
        this.body = body;
        if (body.ValueKind != JsonValueKind.Object)
        {
            Errors["body"] = ["must be a JSON object"];
        }
    }

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    public Guid Guid(string name)
    {
        if (Find(name) is { ValueKind: JsonValueKind.String } value
            && System.Guid.TryParseExact(value.GetString(), "D", out var id) && id != System.Guid.Empty)
        {
            return id;
        }

        return Fail<Guid>(name, "is required and must be a non-empty GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)");
    }

    public string String(string name)
    {
        if (Find(name) is { ValueKind: JsonValueKind.String } value && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!;
        }

        return Fail<string>(name, "is required and must be a non-empty string") ?? string.Empty;
    }

    public string OneOf(string name, IReadOnlyCollection<string> allowed)
    {
        if (Find(name) is { ValueKind: JsonValueKind.String } value && allowed.Contains(value.GetString(), StringComparer.Ordinal))
        {
            return value.GetString()!;
        }

        return Fail<string>(name, $"is required and must be one of {string.Join(", ", allowed)}") ?? string.Empty;
    }

    public int Version(string name, int expected)
    {
        if (Find(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) && number == expected)
        {
            return number;
        }

        return Fail<int>(name, $"is required and must be {expected}");
    }

    // An instant without an offset has no definite day (in Beijing or anywhere), so the contracts require one.
    public DateTimeOffset Instant(string name)
    {
        if (Find(name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text
            && IsoWithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        return Fail<DateTimeOffset>(name, "is required and must be an ISO 8601 date and time with an offset (e.g. 2025-03-01T09:30:00+08:00)");
    }

    public JsonElement Object(string name)
    {
        if (Find(name) is { ValueKind: JsonValueKind.Object } value)
        {
            return value.Clone();
        }

        return Fail<JsonElement>(name, "is required and must be a JSON object");
    }

    private JsonElement? Find(string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) ? value : null;

    private T? Fail<T>(string name, string message)
    {
        if (body.ValueKind == JsonValueKind.Object)
        {
            Errors[name] = [message];
        }

        return default;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWithOffset();
}
