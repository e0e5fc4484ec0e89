using System.Text.Json.Nodes;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LawyerWork.Host.OpenApi;

/// <summary>
/// The OpenAPI document integrators and the SPA's generated types are built from: one tag per
/// module, an operationId and summary everywhere, and every response an operation can give,
/// problem responses included, added here once instead of on every endpoint.
/// </summary>
internal static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddLawyerWorkOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "LawyerWork API",
                Version = "v1",
                Description = "律师工作管理平台 — the lawyer-sector work platform of a provincial Department of Justice. "
                    + "Errors are RFC 9457 problem details; send Accept-Language: en for English messages.",
            });
            // The records' XML comments (e.g. which fields each workflow step reads) become the schemas'
            // descriptions, so integrators read them in the document rather than in the source.
            foreach (var comments in Directory.GetFiles(AppContext.BaseDirectory, "LawyerWork.*.xml"))
            {
                options.IncludeXmlComments(comments);
            }

            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.OperationFilter<ProblemResponses>();
            options.OperationFilter<DeclaredPermission>();
            options.OperationFilter<CamelCaseQueryParameters>();
            options.OperationFilter<ConcurrencyAndIdempotencyHeaders>();
        });
        return services;
    }

    public static WebApplication UseLawyerWorkOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "LawyerWork API v1");
            ui.DocumentTitle = "LawyerWork API";
        });
        return app;
    }

    /// <summary>The statuses that the one error path can give each operation, as problem+json.</summary>
    private sealed class ProblemResponses : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            var takesInput = context.ApiDescription.ParameterDescriptions.Count > 0;
            var takesBody = context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id is "Body" or "FormFile" or "Form");
            if (takesInput)
            {
                Add(operation, context, 400, "Invalid input: `errors` names each wrong field.", validation: true);
            }

            if (takesBody)
            {
                Add(operation, context, 413, "The body is larger than allowed.");
                Add(operation, context, 415, "The body's media type is not accepted (application/json; for uploads multipart/form-data with an allowed file type).");
            }

            if (metadata.OfType<RequiredPermission>().Any())
            {
                Add(operation, context, 401, "Not signed in.");
                Add(operation, context, 403, "Signed in without the permission this operation declares.");
            }

            if (metadata.OfType<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>().Any())
            {
                Add(operation, context, 429, "Over the rate limit; Retry-After says when to retry.");
            }

            Add(operation, context, 500, "Unexpected failure; the problem carries a traceId, never internals.");
        }

        internal static void Add(OpenApiOperation operation, OperationFilterContext context, int status, string description, bool validation = false)
        {
            operation.Responses ??= [];
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var schema = context.SchemaGenerator.GenerateSchema(
                validation ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails), context.SchemaRepository);
            if (operation.Responses.TryGetValue(key, out var existing) && existing.Content?.Count > 0)
            {
                return;
            }

            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = schema },
                },
            };
        }
    }

    /// <summary>
    /// Query parameters bound from a record (<c>[AsParameters]</c>) are named after its properties;
    /// binding ignores case, so the document shows them as JSON spells names: <c>pageSize</c>, not <c>PageSize</c>.
    /// </summary>
    private sealed class CamelCaseQueryParameters : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name && char.IsUpper(name[0]))
                {
                    parameter.Name = char.ToLowerInvariant(name[0]) + name[1..];
                }
            }
        }
    }

    /// <summary>
    /// The headers the generated clients must send and read: If-Match (412/428), Idempotency-Key
    /// (409/422), and ETag and Location on the responses that carry them.
    /// </summary>
    private sealed class ConcurrencyAndIdempotencyHeaders : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            operation.Parameters ??= [];
            if (metadata.OfType<BuildingBlocks.Http.IfMatchRequired>().Any())
            {
                operation.Parameters.Add(Header("If-Match", required: true, "The record's ETag as last read (e.g. \"3\"): 428 without it, 412 when it is stale."));
                ProblemResponses.Add(operation, context, 412, "The record changed since the If-Match version: read it again.");
                ProblemResponses.Add(operation, context, 428, "If-Match is missing.");
            }

            if (metadata.OfType<BuildingBlocks.Idempotency.IdempotencyKeyAccepted>().Any())
            {
                operation.Parameters.Add(Header("Idempotency-Key", required: false,
                    "Up to 100 characters, per caller and route for 24 hours: a retry with the same body replays the first response; another body is a 422."));
                ProblemResponses.Add(operation, context, 409, "A request with this Idempotency-Key is still running, or the record conflicts with another.");
                ProblemResponses.Add(operation, context, 422, "The Idempotency-Key was used with another body.");
            }

            if (operation.Responses is null)
            {
                return;
            }

            foreach (var (status, response) in operation.Responses)
            {
                if (response is not OpenApiResponse concrete || !status.StartsWith('2'))
                {
                    continue;
                }

                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                if (metadata.OfType<BuildingBlocks.Http.ReturnsETag>().Any())
                {
                    concrete.Headers["ETag"] = new OpenApiHeader { Description = "The record's version, for If-Match.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                }

                if (status == "201")
                {
                    concrete.Headers["Location"] = new OpenApiHeader { Description = "Where the new record is read.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                }
            }
        }

        private static OpenApiParameter Header(string name, bool required, string description) => new()
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
        };
    }

    /// <summary>Publishes each operation's permission as <c>x-permission</c>, so integrators know what to ask for.</summary>
    private sealed class DeclaredPermission : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var permission = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiredPermission>().FirstOrDefault();
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-permission"] = new JsonNodeExtension(
                permission is null ? JsonValue.Create("anonymous") : JsonValue.Create(permission.Name));
        }
    }
}
