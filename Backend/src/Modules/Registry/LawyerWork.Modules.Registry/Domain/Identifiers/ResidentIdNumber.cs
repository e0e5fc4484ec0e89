using System.Globalization;

namespace LawyerWork.Modules.Registry.Domain.Identifiers;

/// <summary>
/// 公民身份号码, GB 11643-1999: six-digit address code, eight-digit birth date (yyyyMMdd),
/// three-digit sequence (odd for men, even for women), and a check character from ISO 7064
/// MOD 11-2: weights 2^(17-i) mod 11 over the first 17 digits, check = (12 − Σ mod 11) mod 11,
/// written as X for 10.
/// </summary>
internal static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool HasValidShape(string number) =>
        number.Length == 18 && number.AsSpan(0, 17).ToString().All(char.IsAsciiDigit)
        && (char.IsAsciiDigit(number[17]) || number[17] == 'X');

    public static bool HasValidCheckCharacter(string number) =>
        HasValidShape(number) && CheckCharacter(number.AsSpan(0, 17)) == number[17];

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public static DateOnly? BirthDate(string number) =>
        HasValidShape(number)
        && DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The sequence's last digit: odd for men, even for women.</summary>
    public static bool IsMale(string number) => (number[16] - '0') % 2 == 1;

    /// <summary>e.g. 220***********1234: enough to tell two records apart, not enough to use.</summary>
    public static string Mask(string number) =>
        number.Length == 18 ? string.Concat(number.AsSpan(0, 3), new string('*', 11), number.AsSpan(14, 4)) : new string('*', number.Length);
}
