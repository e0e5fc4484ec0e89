using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LawyerWork.Benchmarks.Baseline;

/// <summary>
/// The few rules of the product that decide what the baseline reads and writes, restated here because
/// the baseline references nothing of the product (each names the product's original).
/// </summary>
internal static class RegisterText
{
    /// <summary>Specialty in its enum order (Registry.Contracts Specialty): the order LawyerDetails lists them in.</summary>
    private static readonly string[] SpecialtyOrder =
    [
        "Criminal", "Civil", "Commercial", "Administrative", "Labour", "Family", "IntellectualProperty",
        "Finance", "RealEstate", "ForeignRelated", "Bankruptcy", "Environmental", "Tax", "Medical",
    ];

    /// <summary>Domain SearchText.Normalise: NFKC, lower case, trimmed, single spaces.</summary>
    public static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();
        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>SearchText.PrefixUpperBound: [prefix, prefix + U+FFFF) is the index range of every name starting with prefix.</summary>
    public static string PrefixUpperBound(string prefix) => prefix + '\uffff';

    /// <summary>RegionCodes.SubtreePrefix: the significant digits of a region (22, 2201, or a whole county code).</summary>
    public static string SubtreePrefix(string code) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? code[..2]
        : code.EndsWith("00", StringComparison.Ordinal) ? code[..4]
        : code;

    public static bool IsRegionCode(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);

    /// <summary>ResidentIdNumber.Mask.</summary>
    public static string MaskIdNumber(string number) =>
        number.Length == 18 ? string.Concat(number.AsSpan(0, 3), new string('*', 11), number.AsSpan(14, 4)) : new string('*', number.Length);

    /// <summary>MobilePhoneNumber.Mask.</summary>
    public static string MaskPhone(string number) =>
        number.Length == 11 ? string.Concat(number.AsSpan(0, 3), "****", number.AsSpan(7, 4)) : new string('*', number.Length);

    public static void SortSpecialties(List<string> specialties) =>
        specialties.Sort((a, b) => Array.IndexOf(SpecialtyOrder, a).CompareTo(Array.IndexOf(SpecialtyOrder, b)));

    /// <summary>ETags.Format: the version as a strong ETag.</summary>
    public static string ETag(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>ETags.RequiredVersion's parse: <c>"7"</c> or <c>W/"7"</c>.</summary>
    public static bool TryParseETag(string value, out long version)
    {
        var text = value.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        version = 0;
        return text.Length > 2 && text[0] == '"' && text[^1] == '"'
            && long.TryParse(text.AsSpan(1, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }

    /// <summary>
    /// Paging KeysetCursor for the default order (name, then id): base64url of <c>{"Sort":"","Keys":[nameSearch, id]}</c>,
    /// the same bytes the product writes, so a cursor from either walks the other.
    /// </summary>
    public static string EncodeCursor(string nameSearch, Guid id)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("Sort", "");
            json.WriteStartArray("Keys");
            json.WriteStringValue(nameSearch);
            json.WriteStringValue(id);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    public static bool TryDecodeCursor(string cursor, out string nameSearch, out Guid id)
    {
        nameSearch = "";
        id = Guid.Empty;
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Sort", out var sort) || sort.GetString() != ""
                || !root.TryGetProperty("Keys", out var keys) || keys.GetArrayLength() != 2)
            {
                return false;
            }

            nameSearch = keys[0].GetString() ?? "";
            return keys[1].TryGetGuid(out id);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    // RegistryTexts, in the default language (zh-CN), for the CSV export.
    public static string Gender(string value) => value switch
    {
        "Male" => "男",
        "Female" => "女",
        _ => value,
    };

    public static string Category(string value) => value switch
    {
        "FullTime" => "专职",
        "PartTime" => "兼职",
        "PublicSector" => "公职",
        "Corporate" => "公司",
        "LegalAid" => "法律援助",
        _ => value,
    };

    public static string LawyerStatus(string value) => value switch
    {
        "Practising" => "执业",
        "Suspended" => "停止执业",
        "Cancelled" => "注销",
        _ => value,
    };

    /// <summary>CsvExport.Escape: RFC 4180 quoting, formula-looking cells defused.</summary>
    public static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
