using LawyerWork.Modules.Registry.Contracts;

namespace LawyerWork.Modules.Registry.Domain.Identifiers;

/// <summary>
/// 律师执业证号: 17 digits. What we rely on (docs/modules/registry.md names the sources):
/// digit 1 the certificate type (1 = lawyer's practice certificate or lawyer's work certificate),
/// 2–3 the province and 4–5 the city of the practice organisation (so 2–5 are the first four
/// digits of a prefecture's division code: a lawyer in 长春 starts 12201), 6–9 the year of first
/// practice, 10 the practice category (1 full-time, 2 part-time, 3/4/5 Hong Kong/Macao/Taiwan
/// residents practising full-time, other digits the other categories), 11 gender, 12–17 a sequence.
/// The gender digit's values could not be confirmed, so it is not checked.
/// </summary>
internal static class PracticeCertificateNumber
{
    public const char LawyerCertificateType = '1';

    public static bool HasValidShape(string number) => number.Length == 17 && number.All(char.IsAsciiDigit);

    public static bool HasLawyerType(string number) => number[0] == LawyerCertificateType;

    /// <summary>The four digits that name the practice organisation's prefecture (e.g. 2201).</summary>
    public static string PrefecturePrefix(string number) => number.Substring(1, 4);

    public static int FirstPracticeYear(string number) => int.Parse(number.AsSpan(5, 4), System.Globalization.CultureInfo.InvariantCulture);

    public static char CategoryDigit(string number) => number[9];

    public static bool CategoryMatches(char digit, LawyerCategory category) => category switch
    {
        LawyerCategory.FullTime => digit is '1' or '3' or '4' or '5',
        LawyerCategory.PartTime => digit == '2',
        _ => digit is not ('1' or '2' or '3' or '4' or '5'),
    };

    /// <summary>The digit this product writes when it makes a number (demo data) for a category.</summary>
    public static char CategoryDigitFor(LawyerCategory category) => category switch
    {
        LawyerCategory.FullTime => '1',
        LawyerCategory.PartTime => '2',
        LawyerCategory.PublicSector => '6',
        LawyerCategory.Corporate => '7',
        LawyerCategory.LegalAid => '8',
        _ => '9',
    };
}
