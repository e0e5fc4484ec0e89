using System.Buffers.Text;
using System.Text.Json;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.BuildingBlocks.Paging;

/// <summary>
/// The opaque <c>nextCursor</c>: the sort order it was made for and the sort-key values of the last
/// row returned, as base64url JSON. Not secret (it only says where a walk stands inside the
/// caller's own scope), but checked: a cursor for another order or a damaged one is a 400 on
/// <c>cursor</c>, never a wrong page.
/// </summary>
internal static class KeysetCursor
{
    public static string Encode(string sort, IReadOnlyList<object?> values, IReadOnlyList<Type> types)
    {
        var payload = new CursorPayload(sort, values.Select((v, i) => JsonSerializer.SerializeToElement(v, types[i])).ToList());
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
    }

    public static IReadOnlyList<object?> Decode(string cursor, string sort, IReadOnlyList<Type> types)
    {
        CursorPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<CursorPayload>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw Invalid();
        }

        if (payload?.Keys is null || payload.Sort != sort || payload.Keys.Count != types.Count)
        {
            throw Invalid();
        }

        try
        {
            return payload.Keys.Select((k, i) => k.Deserialize(types[i])).ToList();
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw Invalid();
        }
    }

    private static FluentValidation.ValidationException Invalid() =>
        InvalidField.Exception("cursor", Bilingual.Text(
            "cursor 无效，或与本次请求的排序不一致；请从上一页响应的 nextCursor 继续。",
            "The cursor is invalid or was made for another sort order; continue from the previous response's nextCursor."));

    private sealed record CursorPayload(string Sort, List<JsonElement> Keys);
}
