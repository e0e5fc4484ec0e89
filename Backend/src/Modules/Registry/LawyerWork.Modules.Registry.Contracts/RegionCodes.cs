namespace LawyerWork.Modules.Registry.Contracts;

/// <summary>
/// The GB/T 2260 code structure that data scopes rely on: a province ends in 0000, a prefecture in
/// 00, anything else is county level. A region's subtree is every code in one contiguous range,
/// so "the region and everything under it" is an index range scan on every provider.
/// </summary>
public static class RegionCodes
{
    public static bool IsWellFormed(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);

    /// <summary>The significant digits: 22 for 220000, 2201 for 220100, the whole code for a county.</summary>
    public static string SubtreePrefix(string code) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? code[..2]
        : code.EndsWith("00", StringComparison.Ordinal) ? code[..4]
        : code;

    /// <summary>The lowest and highest six-digit codes of the subtree, both inclusive.</summary>
    public static (string From, string To) SubtreeRange(string code)
    {
        var prefix = SubtreePrefix(code);
        return (prefix.PadRight(6, '0'), prefix.PadRight(6, '9'));
    }

    public static bool IsWithin(string code, string ancestor)
    {
        var (from, to) = SubtreeRange(ancestor);
        return string.CompareOrdinal(code, from) >= 0 && string.CompareOrdinal(code, to) <= 0;
    }

    /// <summary>The prefecture-level code above a code (220104 → 220100); the province maps to itself.</summary>
    public static string PrefectureOf(string code) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? code : string.Concat(code.AsSpan(0, 4), "00");
}
