using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LawyerWork.Access.SignIn;

/// <summary>
/// Unsafe requests that ride on the session cookie must echo the antiforgery token (the SPA reads
/// XSRF-TOKEN and sends X-XSRF-TOKEN); sign-in itself too, against login CSRF. Bearer-token calls
/// carry no ambient credential and are not checked.
/// </summary>
internal sealed class AntiforgeryForSessions(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var request = context.Request;
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        var needsToken = unsafeMethod
            && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && (request.Cookies.ContainsKey(AccessSetup.SessionCookie) || request.Path.StartsWithSegments("/api/auth/sign-in", StringComparison.OrdinalIgnoreCase));
        if (needsToken && !await antiforgery.IsRequestValidAsync(context))
        {
            throw new AntiforgeryTokenMissingException();
        }

        await next(context);
    }
}

internal sealed class AntiforgeryTokenMissingException()
    : DomainException(400, "antiforgery-token-invalid", Bilingual.Text(
        "缺少或无效的防跨站请求令牌：请先请求 GET /api/auth/antiforgery，并在 X-XSRF-TOKEN 头中回传 XSRF-TOKEN Cookie 的值。",
        "The antiforgery token is missing or invalid: call GET /api/auth/antiforgery and send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."));

public static class AccessPipeline
{
    public static IApplicationBuilder UseAntiforgeryForSessions(this IApplicationBuilder app) => app.UseMiddleware<AntiforgeryForSessions>();
}
