using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.BuildingBlocks.Errors;

/// <summary>
/// The few failures a handler may throw. One place (<c>ProblemDetailsMapping</c>) turns each into
/// an RFC 9457 response, so handlers never build HTTP responses for errors.
/// </summary>
public abstract class DomainException(int status, string code, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    /// <summary>A stable, machine-readable reason (for example <c>firm-has-practising-lawyers</c>).</summary>
    public string Code { get; } = code;

    /// <summary>Members the problem response carries besides <c>code</c> and <c>detail</c> (an import's row errors).</summary>
    public virtual IReadOnlyDictionary<string, object?>? Extensions => null;
}

/// <summary>404: the record does not exist or is outside the caller's data scope (never say which).</summary>
public sealed class NotFoundException(string chinese, string english)
    : DomainException(404, "not-found", Bilingual.Text(chinese, english));

/// <summary>409: the request conflicts with the record's state or with another record.</summary>
public sealed class ConflictException(string code, string chinese, string english)
    : DomainException(409, code, Bilingual.Text(chinese, english));

/// <summary>412: the caller's <c>If-Match</c> names a version that is no longer current.</summary>
public sealed class StaleVersionException()
    : DomainException(412, "stale-version", Bilingual.Text(
        "记录已被他人修改，请刷新后重试。", "The record was changed by someone else; reload it and try again."));

/// <summary>428: an update or workflow step came without <c>If-Match</c>.</summary>
public sealed class VersionRequiredException()
    : DomainException(428, "if-match-required", Bilingual.Text(
        "此操作需要 If-Match 请求头（记录的 ETag）。", "This operation requires an If-Match header with the record's ETag."));
