using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Localization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace LawyerWork.Host.Http;

/// <summary>
/// Per-host rate limits (a cluster of N hosts allows N times each figure: docs/security.md):
/// sign-in and the public look-up per client IP, the token endpoint per client id, and a named policy
/// for public submissions that later modules apply. Figures from <c>RateLimits:*</c> (per minute).
/// The client IP comes from X-Forwarded-For only when the request arrives from a configured proxy.
/// </summary>
internal static class RateLimits
{
    private const string ClientIdItem = "lw.client_id";

    public static IServiceCollection AddLawyerWorkRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only configured proxies may speak for a client here.
            o.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // the older list is still read by the middleware: it must be empty too
            o.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            o.KnownProxies.Clear();
            foreach (var proxy in configuration.GetSection("Http:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Detail = Bilingual.Text(
                            $"请求过于频繁，请在 {Math.Ceiling(retryAfter.TotalSeconds)} 秒后重试。",
                            $"Too many requests; retry in {Math.Ceiling(retryAfter.TotalSeconds)} seconds."),
                    },
                });
            };
            Add(options, configuration, RateLimitPolicies.SignIn, 10, ClientIp);
            Add(options, configuration, RateLimitPolicies.PublicLookUp, 120, ClientIp);
            Add(options, configuration, RateLimitPolicies.PublicSubmission, 5, ClientIp);
            Add(options, configuration, RateLimitPolicies.Token, 30, context => context.Items[ClientIdItem] as string ?? ClientIp(context));
        });
        return services;
    }

    /// <summary>Forwarded headers first (so the limiter sees the real client), then the token request's client id.</summary>
    public static WebApplication UseLawyerWorkRateLimitsPrelude(this WebApplication app)
    {
        // Without configured proxies X-Forwarded-For is not read at all: anyone could write it.
        if (app.Configuration.GetSection("Http:KnownProxies").Get<string[]>() is { Length: > 0 })
        {
            app.UseForwardedHeaders();
        }

        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/connect/token") && context.Request.HasFormContentType)
            {
                context.Request.EnableBuffering();
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                context.Items[ClientIdItem] = TokenClientId(form["client_id"].ToString(), context.Request.Headers.Authorization.ToString());
                context.Request.Body.Position = 0;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>
    /// The client a token request is for: the form's client_id, or the user name of HTTP Basic client
    /// authentication (RFC 6749 §2.3.1); null when neither names one, so such requests count per address
    /// rather than all sharing one empty-named allowance.
    /// </summary>
    internal static string? TokenClientId(string formClientId, string authorization)
    {
        if (!string.IsNullOrWhiteSpace(formClientId))
        {
            return "client:" + formClientId;
        }

        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
                var user = decoded.Split(':', 2)[0];
                return user.Length > 0 ? "client:" + Uri.UnescapeDataString(user.Replace('+', ' ')) : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return null;
    }

    private static void Add(RateLimiterOptions options, IConfiguration configuration, string name, int defaultPerMinute, Func<HttpContext, string> partition)
    {
        var perMinute = configuration.GetValue($"RateLimits:{name}", defaultPerMinute);
        options.AddPolicy(name, context => RateLimitPartition.GetFixedWindowLimiter(partition(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
