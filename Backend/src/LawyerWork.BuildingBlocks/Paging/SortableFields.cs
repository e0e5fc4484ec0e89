using System.Linq.Expressions;

namespace LawyerWork.BuildingBlocks.Paging;

/// <summary>
/// The whitelist of a list's sort fields, each mapped to a key on the entity, plus the unique
/// tie-breaker (the id) that makes every order total, so that pages and cursor walks never skip
/// or repeat a row. Keys must be non-null columns: a keyset comparison with NULLs has no order.
/// </summary>
public sealed class SortableFields<T>
{
    private readonly Dictionary<string, LambdaExpression> keys = new(StringComparer.Ordinal);
    private readonly List<SortKey> defaultOrder = [];

    public SortableFields(Expression<Func<T, Guid>> tieBreaker) => TieBreaker = tieBreaker;

    public LambdaExpression TieBreaker { get; }

    public IReadOnlyCollection<string> Names => keys.Keys;

    public IReadOnlyList<SortKey> DefaultOrder => defaultOrder;

    public SortableFields<T> Add<TKey>(string name, Expression<Func<T, TKey>> key, bool isDefault = false, bool descending = false)
    {
        keys.Add(name, key);
        if (isDefault)
        {
            defaultOrder.Add(new SortKey(name, descending));
        }

        return this;
    }

    internal LambdaExpression KeyOf(string name) => keys[name];

    /// <summary>The requested keys, or the default, then the tie-breaker.</summary>
    internal IReadOnlyList<(LambdaExpression Key, bool Descending)> Resolve(IReadOnlyList<SortKey> requested)
    {
        var order = requested.Count > 0 ? requested : defaultOrder;
        var resolved = order.Select(k => (KeyOf(k.Field), k.Descending)).ToList();
        resolved.Add((TieBreaker, false));
        return resolved;
    }
}
