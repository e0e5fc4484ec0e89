using System.Linq.Expressions;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Public;

/// <summary>
/// A public answer is written once, as a projection that may read another set of the context (the
/// region's name by code), and used twice: bound to the request's context for the searches, and
/// compiled with the context as a parameter for the single-record look-ups, which are the hot path
/// of the public site (a compiled query skips the query cache's tree hashing and funcletising).
/// </summary>
internal static class PublicLookup
{
    /// <summary>
    /// The anonymous searches count at most this many matches ("1,000+"): a visitor refines the search
    /// rather than paging through a thousand names, and a one-character prefix must not count its
    /// whole range on every request.
    /// </summary>
    public const int CountAtMost = 1_000;

    /// <summary>The projection for one context instance (searches, paged by <c>ToListPageAsync</c>).</summary>
    public static Expression<Func<T, TOut>> Bind<T, TOut>(Expression<Func<RegistryDbContext, T, TOut>> projection, RegistryDbContext db) =>
        Expression.Lambda<Func<T, TOut>>(
            new ReplaceParameter(projection.Parameters[0], Expression.Constant(db)).Visit(projection.Body), projection.Parameters[1]);

    /// <summary>The answer inside a row that also carries what the handler needs besides it (ids), still one projection.</summary>
    public static Expression<Func<RegistryDbContext, T, TRow>> Around<T, TAnswer, TRow>(
        Expression<Func<RegistryDbContext, T, TAnswer>> answer, Expression<Func<T, TAnswer, TRow>> row)
    {
        var body = new ReplaceParameter(row.Parameters[0], answer.Parameters[1]).Visit(row.Body);
        body = new ReplaceParameter(row.Parameters[1], answer.Body).Visit(body);
        return Expression.Lambda<Func<RegistryDbContext, T, TRow>>(body, answer.Parameters);
    }

    /// <summary><c>source(db, key).Select(projection).SingleOrDefault()</c>, compiled once: one statement, one round trip.</summary>
    public static Func<RegistryDbContext, TKey, CancellationToken, Task<TOut?>> CompileSingle<T, TKey, TOut>(
        Expression<Func<RegistryDbContext, TKey, IQueryable<T>>> source,
        Expression<Func<RegistryDbContext, T, TOut>> projection)
        where TOut : class
    {
        var db = source.Parameters[0];
        var selector = Expression.Lambda<Func<T, TOut>>(
            new ReplaceParameter(projection.Parameters[0], db).Visit(projection.Body), projection.Parameters[1]);
        var single = Expression.Call(
            typeof(Queryable), nameof(Queryable.SingleOrDefault), [typeof(TOut)],
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(TOut)], source.Body, Expression.Quote(selector)));
        var cancellation = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        return EF.CompileAsyncQuery(Expression.Lambda<Func<RegistryDbContext, TKey, CancellationToken, TOut?>>(
            single, db, source.Parameters[1], cancellation));
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
