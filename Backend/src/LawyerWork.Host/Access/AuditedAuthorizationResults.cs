using LawyerWork.BuildingBlocks.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace LawyerWork.Host.Access;

/// <summary>
/// Records every permission denial (a signed-in caller refused by an endpoint's permission) after
/// the refusal, in its own transaction, then lets the default handler answer 403.
/// </summary>
internal sealed class AuditedAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler defaultHandler = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var operation = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? context.Request.Path.Value ?? "";
            var permission = context.GetEndpoint()?.Metadata.GetMetadata<BuildingBlocks.Security.RequiredPermission>()?.Name;
            await context.RequestServices.GetRequiredService<AuditTrail>().RecordAsync(
                operation, AuditOutcome.Denied, reason: permission is null ? "forbidden" : "missing " + permission, cancellationToken: CancellationToken.None);
        }

        await defaultHandler.HandleAsync(next, context, policy, authorizeResult);
    }
}
