using System.Globalization;

namespace LawyerWork.BuildingBlocks.Localization;

/// <summary>
/// Picks the Chinese or the English form of a message by the request's UI culture.
/// Chinese is the default: the department's staff are the first users; English serves
/// integrators who send <c>Accept-Language: en</c>. Two languages do not earn resource files.
/// </summary>
public static class Bilingual
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Text(string chinese, string english) => IsEnglish ? english : chinese;
}
