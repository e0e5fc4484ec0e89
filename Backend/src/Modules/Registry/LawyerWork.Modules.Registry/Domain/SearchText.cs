using System.Text;

namespace LawyerWork.Modules.Registry.Domain;

/// <summary>
/// The normalised form every name search compares against (ARCHITECTURE.md): NFKC folds full-width
/// letters and digits typed by Chinese input methods into their plain forms, then lower case and
/// no surrounding or doubled spaces. The same function builds the column and the query term.
/// </summary>
internal static class SearchText
{
    public static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();
        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The exclusive upper bound of all strings that start with <paramref name="prefix"/> (for an index range scan).</summary>
    public static string PrefixUpperBound(string prefix) => prefix + '\uffff';
}
