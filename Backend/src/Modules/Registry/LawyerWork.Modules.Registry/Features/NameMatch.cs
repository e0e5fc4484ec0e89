using System.Linq.Expressions;
using LawyerWork.Modules.Registry.Domain;

namespace LawyerWork.Modules.Registry.Features;

/// <summary>How a name filter matches: <c>prefix</c> uses the index on the normalised column; <c>contains</c> scans.</summary>
public enum NameMatch
{
    Prefix,
    Contains,
}

internal static class NameMatching
{
    private static readonly System.Reflection.MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly System.Reflection.MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>
    /// Filters on a normalised search column: a prefix as an index range [term, term + U+FFFF), or a
    /// substring. The term is normalised the way the column was (SearchText).
    /// </summary>
    public static IQueryable<T> WhereNameMatches<T>(this IQueryable<T> rows, Expression<Func<T, string>> column, string? name, NameMatch? match)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return rows;
        }

        var term = Expression.Constant(SearchText.Normalise(name));
        var body = match == NameMatch.Contains
            ? (Expression)Expression.Call(column.Body, Contains, term)
            : Expression.AndAlso(
                Expression.GreaterThanOrEqual(Expression.Call(Compare, column.Body, term), Expression.Constant(0)),
                Expression.LessThan(Expression.Call(Compare, column.Body, Expression.Constant(SearchText.PrefixUpperBound(SearchText.Normalise(name)))), Expression.Constant(0)));
        return rows.Where(Expression.Lambda<Func<T, bool>>(body, column.Parameters));
    }
}
