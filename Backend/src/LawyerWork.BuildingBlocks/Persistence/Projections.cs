using System.Linq.Expressions;

namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>
/// Builds one projection on another, so an export row or a detail reuses the list's projection
/// instead of repeating it, and the database still receives a single translated SELECT.
/// </summary>
public static class Projections
{
    public static Expression<Func<T, TOut>> Extend<T, TBase, TOut>(
        this Expression<Func<T, TBase>> projection, Expression<Func<T, TBase, TOut>> extension)
    {
        var row = extension.Parameters[0];
        var baseBody = new Replace(projection.Parameters[0], row).Visit(projection.Body);
        var body = new Replace(extension.Parameters[1], baseBody).Visit(extension.Body);
        return Expression.Lambda<Func<T, TOut>>(body, row);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
