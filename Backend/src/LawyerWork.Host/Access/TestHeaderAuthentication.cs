using System.Security.Claims;
using System.Text.Encodings.Web;
using LawyerWork.Access;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LawyerWork.Host.Access;

/// <summary>
/// In the Testing environment only, tests name the caller in request headers: <c>X-Test-Role</c>, <c>X-Test-Scope</c> (<c>region:220100</c>, <c>firm:{id}</c>,
/// <c>self:{id}</c>) and optionally <c>X-Test-User</c>, so each test can act as any role and scope
/// without signing in. In any other environment the scheme is not registered and the headers mean nothing.
/// See docs/decisions/0004-test-authentication-scheme.md.
/// </summary>
internal sealed class TestHeaderAuthentication(
    IOptionsMonitor<TestHeaderAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<TestHeaderAuthenticationOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestHeaders";
    public const string RoleHeader = "X-Test-Role";
    public const string ScopeHeader = "X-Test-Scope";
    public const string UserHeader = "X-Test-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Options.AcceptHeaders || !Request.Headers.TryGetValue(RoleHeader, out var roleValues))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var role = roleValues.ToString();
        if (!Roles.Permissions.ContainsKey(role))
        {
            return Task.FromResult(AuthenticateResult.Fail($"Unknown role in {RoleHeader}."));
        }

        var scopeText = Request.Headers[ScopeHeader].ToString();
        if (!DataScope.TryParse(scopeText, out var scope))
        {
            return Task.FromResult(AuthenticateResult.Fail($"{ScopeHeader} must be region:NNNNNN, firm:{{uuid}} or self:{{uuid}}."));
        }

        var user = Request.Headers[UserHeader].ToString();
        var identity = new ClaimsIdentity(
            [
                new Claim(LawyerWorkClaims.UserId, user.Length > 0 ? user : $"test-{role}"),
                new Claim(LawyerWorkClaims.Name, user.Length > 0 ? user : role),
                new Claim(LawyerWorkClaims.Role, role),
                new Claim(LawyerWorkClaims.DataScope, scope.ToString()),
            ],
            SchemeName,
            LawyerWorkClaims.Name,
            LawyerWorkClaims.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

internal sealed class TestHeaderAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>True only in Testing; set by the Host from the environment, not from configuration.</summary>
    public bool AcceptHeaders { get; set; }
}
