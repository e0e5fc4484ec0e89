using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LawyerWork.BuildingBlocks.Security;

/// <summary>The permission an endpoint declares; the OpenAPI document and the access tests read it.</summary>
public sealed record RequiredPermission(string Name);

/// <summary>Marks an endpoint as deliberately public (API.md's anonymous list); a test holds the list.</summary>
public sealed record PublicEndpoint;

public static class PermissionEndpoints
{
    private const string PolicyPrefix = "permission:";

    /// <summary>Requires a signed-in caller whose role grants <paramref name="permission"/>.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredPermission(permission)).RequireAuthorization(PolicyPrefix + permission);

    /// <summary>Open to anyone; use only for what API.md lists as anonymous.</summary>
    public static TBuilder AllowPublic<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PublicEndpoint()).AllowAnonymous();

    public static IServiceCollection AddPermissionAuthorization(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        // No fallback policy: it would also answer 401 for unknown routes (no endpoint) and for the
        // framework's own 415/405 endpoints. Instead a test fails on any endpoint that declares neither
        // a permission nor PublicEndpoint.
        services.AddAuthorization();
        return services;
    }

    private sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options)
        : DefaultAuthorizationPolicyProvider(options)
    {
        public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
        {
            if (!policyName.StartsWith(PolicyPrefix, StringComparison.Ordinal))
            {
                return await base.GetPolicyAsync(policyName);
            }

            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim(LawyerWorkClaims.Permission, policyName[PolicyPrefix.Length..])
                .Build();
        }
    }
}
