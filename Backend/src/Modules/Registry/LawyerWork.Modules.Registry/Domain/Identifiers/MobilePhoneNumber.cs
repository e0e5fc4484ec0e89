using System.Text.RegularExpressions;

namespace LawyerWork.Modules.Registry.Domain.Identifiers;

/// <summary>A mainland China mobile number: 11 digits, 1 then 3–9 (the MIIT numbering plan's mobile blocks).</summary>
internal static partial class MobilePhoneNumber
{
    public static bool IsValid(string number) => Pattern().IsMatch(number);

    /// <summary>e.g. 138****5678.</summary>
    public static string Mask(string number) =>
        number.Length == 11 ? string.Concat(number.AsSpan(0, 3), "****", number.AsSpan(7, 4)) : new string('*', number.Length);

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Pattern();
}
