using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LawyerWork.BuildingBlocks.Errors;

/// <summary>
/// The one error path (RFC 9457): exceptions, empty error statuses and framework rejections all
/// become <c>application/problem+json</c> with a <c>traceId</c>, in the caller's language, and
/// never with internals.
/// </summary>
public static partial class ProblemDetailsMapping
{
    public const string ContentType = "application/problem+json";

    public static IServiceCollection AddProblemDetailsMapping(this IServiceCollection services)
    {
        // Registered before AddProblemDetails so it is asked first: it writes for API paths
        // whatever the Accept header says, where the default writer would give up on text/html.
        services.AddSingleton<IProblemDetailsWriter, ApiProblemDetailsWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Customize);
        services.AddExceptionHandler<ExceptionToProblem>();
        return services;
    }

    /// <summary>Call after request localisation, so that messages are in the caller's language.</summary>
    public static IApplicationBuilder UseProblemDetailsMapping(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase);

    private static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        problem.Type = problem.Extensions.TryGetValue("code", out var code) && code is string reason
            ? $"urn:lawyerwork:problem:{reason}"
            : ProblemTexts.TypeUri(status);
        problem.Title = problem is HttpValidationProblemDetails { Errors.Count: > 0 }
            ? ProblemTexts.ValidationTitle
            : ProblemTexts.Title(status);
        problem.Detail ??= ProblemTexts.DefaultDetail(status);
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
    }

    private sealed class ApiProblemDetailsWriter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => IsApiPath(context.HttpContext.Request.Path);

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            Customize(context);
            var response = context.HttpContext.Response;
            return new ValueTask(response.WriteAsJsonAsync(
                context.ProblemDetails, context.ProblemDetails.GetType(), json.Value.SerializerOptions, ContentType));
        }
    }

    private sealed partial class ExceptionToProblem(IProblemDetailsService problems, ILogger<ExceptionToProblem> logger)
        : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var problem = exception switch
            {
                ValidationException validation => FromValidation(validation),
                DomainException domain => FromDomain(domain),
                DbUpdateConcurrencyException => FromDomain(new StaleVersionException()),
                BadHttpRequestException bad => FromBadRequest(bad),
                _ => null,
            };

            if (problem is null)
            {
                // The exception, not the request: bodies and query strings may hold personal data.
                LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
                problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError };
            }

            httpContext.Response.StatusCode = problem.Status!.Value;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = problem,
                Exception = exception,
            });
        }

        private static ProblemDetails FromDomain(DomainException domain)
        {
            var problem = new ProblemDetails
            {
                Status = domain.Status,
                Detail = domain.Message,
                Extensions = { ["code"] = domain.Code },
            };
            foreach (var (name, value) in domain.Extensions ?? new Dictionary<string, object?>())
            {
                problem.Extensions[name] = value;
            }

            return problem;
        }

        private static HttpValidationProblemDetails FromValidation(ValidationException validation)
        {
            var errors = validation.Errors
                .GroupBy(e => FieldPath(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
            return new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest };
        }

        private static ProblemDetails FromBadRequest(BadHttpRequestException bad)
        {
            if (bad.StatusCode != StatusCodes.Status400BadRequest)
            {
                return new ProblemDetails { Status = bad.StatusCode };
            }

            if (bad.InnerException is JsonException json)
            {
                // A syntax error carries System.Text.Json's internal reader exception; a value of the
                // wrong type does not, and then the path names the field the caller got wrong.
                var syntaxError = json.InnerException?.GetType().Name == "JsonReaderException";
                var field = syntaxError ? null : JsonPathToField(json.Path);
                return field is null
                    ? new ProblemDetails { Status = 400, Detail = ProblemTexts.MalformedJson }
                    : Field(field, ProblemTexts.InvalidValue);
            }

            var binding = BindingFailure().Match(bad.Message);
            if (binding.Success)
            {
                return Field(FieldPath(binding.Groups["name"].Value), ProblemTexts.InvalidValue);
            }

            return new ProblemDetails { Status = 400, Detail = ProblemTexts.MalformedJson };
        }

        private static HttpValidationProblemDetails Field(string field, string message) =>
            new(new Dictionary<string, string[]> { [field] = [message] }) { Status = 400 };

        // "$.codes[2]" → "codes[2]"; "$" alone means the document itself is broken.
        private static string? JsonPathToField(string? path) =>
            path is null || path == "$" ? null : FieldPath(path.TrimStart('$').TrimStart('.'));

        // "Codes[0].Name" → "codes[0].name": field names as the JSON the caller sent spells them.
        // Header names ("If-Match", "Idempotency-Key") keep their own spelling.
        private static string FieldPath(string propertyName) =>
            propertyName.Contains('-', StringComparison.Ordinal)
                ? propertyName
                : string.Join('.', propertyName.Split('.').Select(part =>
                    part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

        [GeneratedRegex("^Failed to bind parameter \"[^\"]*? (?<name>[A-Za-z0-9_]+)\" from")]
        private static partial Regex BindingFailure();

        [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
        private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
    }
}
