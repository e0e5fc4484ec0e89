using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace LawyerWork.Host.Http;

/// <summary>
/// Serves the built SPA from the same origin as the API (one process, one URL). Client routes fall
/// back to index.html; API, health and OpenAPI paths never do, so an unknown API route is a 404
/// problem, not a web page.
/// </summary>
internal static partial class SpaHosting
{
    public const string RootPathSetting = "Spa:RootPath";

    public static IServiceCollection AddSpaHosting(this IServiceCollection services) =>
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<ClientRouteConstraint>("clientRoute"));

    public static WebApplication UseSpa(this WebApplication app)
    {
        var root = app.Configuration[RootPathSetting];
        if (string.IsNullOrWhiteSpace(root) || !File.Exists(Path.Combine(root, "index.html")))
        {
            LogNoSpa(app.Logger, root ?? "(not set)");
            return app;
        }

        var files = new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(root)),
            OnPrepareResponse = context =>
            {
                // Vite fingerprints everything under assets/; index.html must be revalidated to pick up a release.
                context.Context.Response.Headers[HeaderNames.CacheControl] =
                    context.Context.Request.Path.StartsWithSegments("/assets")
                        ? "public, max-age=31536000, immutable"
                        : "no-cache";
            },
        };
        app.UseStaticFiles(files);
        app.MapFallbackToFile("{*path:nonfile:clientRoute}", "index.html", files).AllowPublic();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No built SPA at {Root}; serving the API only (build the Frontend, or set Spa:RootPath)")]
    private static partial void LogNoSpa(ILogger logger, string root);

    private sealed class ClientRouteConstraint : IRouteConstraint
    {
        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
            values.TryGetValue(routeKey, out var value) && value?.ToString() is { Length: > 0 } path
                ? !ProblemDetailsMapping.IsApiPath("/" + path) && !path.StartsWith("swagger", StringComparison.OrdinalIgnoreCase)
                : true;
    }
}
