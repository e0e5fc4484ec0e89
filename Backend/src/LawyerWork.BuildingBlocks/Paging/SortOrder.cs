namespace LawyerWork.BuildingBlocks.Paging;

/// <summary>One sort key of a list: a documented field name and its direction.</summary>
public sealed record SortKey(string Field, bool Descending);

/// <summary>Parses <c>sort=name,-foundedOn</c> against a list's whitelist; anything else is rejected, never ignored.</summary>
public static class SortOrder
{
    public static bool TryParse(string? sort, IReadOnlyCollection<string> allowed, out IReadOnlyList<SortKey> keys)
    {
        var parsed = new List<SortKey>();
        keys = parsed;
        if (string.IsNullOrWhiteSpace(sort))
        {
            return true;
        }

        foreach (var raw in sort.Split(','))
        {
            var part = raw.Trim();
            var descending = part.StartsWith('-');
            var field = descending ? part[1..] : part;
            var match = allowed.FirstOrDefault(a => string.Equals(a, field, StringComparison.Ordinal));
            if (match is null || parsed.Any(k => k.Field == match))
            {
                return false;
            }

            parsed.Add(new SortKey(match, descending));
        }

        return true;
    }

    public static IReadOnlyList<SortKey> Parse(string? sort, IReadOnlyCollection<string> allowed) =>
        TryParse(sort, allowed, out var keys)
            ? keys
            : throw new ArgumentException($"Sort '{sort}' was not validated against the whitelist.", nameof(sort));
}
