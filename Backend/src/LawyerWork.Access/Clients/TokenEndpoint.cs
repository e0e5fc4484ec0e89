using System.Security.Claims;
using System.Text.Json;
using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LawyerWork.Access.Clients;

/// <summary>
/// <c>POST /connect/token</c>, OAuth 2.0 client credentials: OpenIddict has already checked the
/// client's secret and that it may ask for the requested scopes; this names the client and its data
/// scope in the access token.
/// </summary>
internal static class TokenEndpoint
{
    public const string DataScopeProperty = "lw_data_scope";

    public static void MapTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/connect/token", async (HttpContext context, IOpenIddictApplicationManager applications) =>
            {
                var request = context.GetOpenIddictServerRequest()
                    ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
                if (!request.IsClientCredentialsGrantType())
                {
                    return Results.Forbid(
                        new AuthenticationProperties(new Dictionary<string, string?>
                        {
                            [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.UnsupportedGrantType,
                        }),
                        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
                }

                var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted)
                    ?? throw new InvalidOperationException("A validated client is unknown.");
                var properties = await applications.GetPropertiesAsync(application, context.RequestAborted);
                var dataScope = properties.TryGetValue(DataScopeProperty, out var scope) && scope.ValueKind == JsonValueKind.String
                    ? scope.GetString()!
                    : "";

                var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, LawyerWorkClaims.Name, LawyerWorkClaims.Role);
                identity.SetClaim(Claims.Subject, request.ClientId);
                identity.SetClaim(LawyerWorkClaims.Name, await applications.GetDisplayNameAsync(application, context.RequestAborted) ?? request.ClientId);
                identity.SetClaim(LawyerWorkClaims.DataScope, dataScope);
                identity.SetScopes(request.GetScopes());
                identity.SetDestinations(_ => [Destinations.AccessToken]);
                return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            })
            .AllowPublic()
            .RequireRateLimiting(RateLimitPolicies.Token)
            .ExcludeFromDescription();
}
