namespace LawyerWork.Modules.Registry.Domain.Identifiers;

/// <summary>
/// 统一社会信用代码, GB 32100-2015: 18 characters from 0-9 and A-Z without I, O, S, V, Z.
/// Character 1 is the registering department (3 = justice administration), 2 the organisation
/// type (1 = lawyers' practice organisation, so law firms start with "31"), 3–8 the registering
/// authority's division code, 9–17 the organisation code, 18 a check character: with the
/// characters valued 0–30 in that alphabet and weights 3^(i-1) mod 31, the check value is
/// 31 − (Σ value × weight mod 31), and 31 is written as 0.
/// </summary>
internal static class UnifiedSocialCreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public const string LawFirmPrefix = "31";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool HasValidShape(string code) =>
        code.Length == 18 && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    public static bool HasValidCheckCharacter(string code) =>
        HasValidShape(code) && CheckCharacter(code.AsSpan(0, 17)) == code[17];

    public static bool IsLawFirm(string code) => code.StartsWith(LawFirmPrefix, StringComparison.Ordinal);

    /// <summary>A well-formed law firm code: shape, "31", a six-digit division code and the check character.</summary>
    public static bool IsValidLawFirmCode(string code) =>
        HasValidCheckCharacter(code) && IsLawFirm(code) && code.AsSpan(2, 6).ToString().All(char.IsAsciiDigit);

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
