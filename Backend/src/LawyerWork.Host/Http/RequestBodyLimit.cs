using LawyerWork.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Http.Metadata;

namespace LawyerWork.Host.Http;

/// <summary>
/// Rejects an API body larger than allowed before anything reads it. Kestrel enforces the same
/// limit on streamed bodies; this answers declared lengths up front, with the problem response,
/// on every server (the test server included). An endpoint may raise it with <c>[RequestSizeLimit]</c>.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IConfiguration configuration)
{
    public const string SettingName = "Api:MaxRequestBodyBytes";
    public const long DefaultLimit = 1024 * 1024;

    private readonly long defaultLimit = configuration.GetValue(SettingName, DefaultLimit);

    public Task InvokeAsync(HttpContext context)
    {
        if (ProblemDetailsMapping.IsApiPath(context.Request.Path) && context.Request.ContentLength is { } length)
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultLimit;
            if (length > limit)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        return next(context);
    }
}
