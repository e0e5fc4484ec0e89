using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.BuildingBlocks.Paging;

/// <summary>
/// Paging and sorting as every list takes them (API.md): <c>page</c> (1-based) and <c>pageSize</c>
/// for people, or <c>cursor</c> for programs that walk a whole set; <c>sort</c> as
/// <c>name,-foundedOn</c> over the fields a list documents.
/// </summary>
public sealed record PageQuery(int? Page, int? PageSize, string? Sort, string? Cursor) : IPageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Page numbers serve people; past this many rows a program should use the cursor or an export.</summary>
    public const int MaxPagedRows = 10_000;

    public int EffectivePage => Page ?? 1;

    public int EffectivePageSize => PageSize ?? DefaultPageSize;

    public bool UsesCursor => Cursor is not null;

    /// <summary>
    /// Opt-in for lists whose callers need no exact total (the anonymous look-up): count at most this
    /// many rows, so a short prefix does not count its whole range on every page; the page says
    /// whether there were more (<see cref="ListPage{T}.TotalCountCapped"/>).
    /// </summary>
    public int? CountAtMost { get; init; }
}

/// <summary>The paging parameters every list query carries (bound from the query string).</summary>
public interface IPageRequest
{
    int? Page { get; }

    int? PageSize { get; }

    string? Sort { get; }

    string? Cursor { get; }
}

public static class PageRequestExtensions
{
    public static PageQuery ToPageQuery(this IPageRequest request) => new(request.Page, request.PageSize, request.Sort, request.Cursor);
}

/// <summary>The rules of <see cref="PageQuery"/> itself (used where paging stands alone).</summary>
public sealed class PageQueryValidator(IReadOnlyCollection<string> sortableFields) : PageRules<PageQuery>(sortableFields);

/// <summary>Paging rules for any list query; a list's validator <c>Include</c>s them with its sort whitelist.</summary>
public class PageRules<T> : AbstractValidator<T>
    where T : IPageRequest
{
    public PageRules(IReadOnlyCollection<string> sortableFields)
    {
        RuleFor(q => q.Page)
            .GreaterThanOrEqualTo(1)
            .WithMessage(_ => Bilingual.Text("页码从 1 开始。", "Pages start at 1."))
            .OverridePropertyName("page");
        RuleFor(q => q.PageSize)
            .InclusiveBetween(1, PageQuery.MaxPageSize)
            .WithMessage(_ => Bilingual.Text(
                $"每页条数必须在 1 到 {PageQuery.MaxPageSize} 之间。",
                $"Page size must be between 1 and {PageQuery.MaxPageSize}."))
            .OverridePropertyName("pageSize");
        RuleFor(q => q)
            .Must(q => (long)(q.Page ?? 1) * (q.PageSize ?? PageQuery.DefaultPageSize) <= PageQuery.MaxPagedRows)
            .When(q => q.Page is >= 1 && q.PageSize is null or (>= 1 and <= PageQuery.MaxPageSize))
            .WithMessage(_ => Bilingual.Text(
                $"分页浏览最多到第 {PageQuery.MaxPagedRows} 条；遍历全部数据请使用 cursor 参数或导出。",
                $"Paging reaches at most row {PageQuery.MaxPagedRows}; to walk the whole set use the cursor parameter or an export."))
            .OverridePropertyName("page");
        RuleFor(q => q.Page)
            .Null()
            .When(q => q.Cursor is not null)
            .WithMessage(_ => Bilingual.Text("page 与 cursor 不能同时使用。", "Use either page or cursor, not both."))
            .OverridePropertyName("cursor");
        RuleFor(q => q.Sort)
            .Must(sort => SortOrder.TryParse(sort, sortableFields, out _))
            .WithMessage(_ => Bilingual.Text(
                $"排序字段无效；可用字段：{string.Join(", ", sortableFields)}（降序加前缀 -）。",
                $"Unknown sort field; allowed: {string.Join(", ", sortableFields)} (prefix - for descending)."))
            .OverridePropertyName("sort");
    }
}
