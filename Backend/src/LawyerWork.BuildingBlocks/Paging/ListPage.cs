using System.Text.Json.Serialization;

namespace LawyerWork.BuildingBlocks.Paging;

/// <summary>
/// The one response shape of every list. A page request fills <see cref="Page"/> and
/// <see cref="TotalCount"/>; a cursor request fills <see cref="NextCursor"/> instead (null on the
/// last page), because counting a national-scale set on every step of a walk costs more than the walk.
/// </summary>
public sealed record ListPage<T>(
    IReadOnlyList<T> Items,
    int? Page,
    int PageSize,
    long? TotalCount,
    string? NextCursor)
{
    /// <summary>
    /// Only on lists that count at most a bound (the public look-up): true when more rows match than
    /// totalCount, which is then the bound (shown as "1,000+"); false when totalCount is exact.
    /// Absent from every other list.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TotalCountCapped { get; init; }
}
