using System.Globalization;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LawyerWork.BuildingBlocks.Http;

/// <summary>
/// The record's <c>Version</c> as a strong ETag (<c>"7"</c>); updates and workflow steps must name
/// the version they were made against in <c>If-Match</c> (API.md: 428 when missing, 412 when stale).
/// </summary>
public static class ETags
{
    public static string Format(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpResponse response, long version) => response.Headers[HeaderNames.ETag] = Format(version);

    /// <summary>The version named by <c>If-Match</c>; 428 without one, 400 for one this API never issued.</summary>
    public static long RequiredVersion(HttpRequest request)
    {
        var value = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (value.Length == 0)
        {
            throw new VersionRequiredException();
        }

        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        if (value.Length > 2 && value[0] == '"' && value[^1] == '"'
            && long.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw InvalidField.Exception("If-Match", Bilingual.Text(
            "If-Match 必须是本记录 ETag 的原值，例如 \"3\"。", "If-Match must be the record's ETag as received, e.g. \"3\"."));
    }
}

/// <summary>Endpoint metadata: the operation needs <c>If-Match</c> (documented in OpenAPI as a required header).</summary>
public sealed record IfMatchRequired;

/// <summary>Endpoint metadata: a successful response carries the record's <c>ETag</c>.</summary>
public sealed record ReturnsETag;

public static class ETagEndpoints
{
    public static TBuilder RequiresIfMatch<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new IfMatchRequired(), new ReturnsETag());

    public static TBuilder ReturnsETag<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReturnsETag());
}
