using System.Security.Claims;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LawyerWork.Access;

/// <summary>
/// The claims a signed-in person carries: id, name, role, data scope, and whether a second factor is
/// still to be set up (administrators and auditors may do nothing else until it is).
/// </summary>
internal sealed class AccessClaims(UserManager<AccessUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AccessUser>(users, options)
{
    public const string TwoFactorEnrolmentPending = "lw_2fa_enrolment_pending";
    public const string TwoFactorEnabled = "lw_2fa_enabled";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AccessUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LawyerWorkClaims.UserId, user.Id.ToString()));
        identity.AddClaim(new Claim(LawyerWorkClaims.Name, user.DisplayName));
        identity.AddClaim(new Claim(LawyerWorkClaims.Role, user.Role));
        identity.AddClaim(new Claim(LawyerWorkClaims.DataScope, user.DataScope));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorEnabled, "true"));
        }

        if (Roles.RequireTwoFactor.Contains(user.Role) && !user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorEnrolmentPending, "true"));
        }

        return identity;
    }
}

/// <summary>
/// Adds the permissions of the caller's role (people) or scopes (API clients) as claims, whatever
/// signed them in, so every check reads one kind of claim. A person who still owes a second factor
/// gets only what enrolling needs.
/// </summary>
internal sealed class PermissionClaims : Microsoft.AspNetCore.Authentication.IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || identity.HasClaim(c => c.Type == LawyerWorkClaims.Permission))
        {
            return Task.FromResult(principal);
        }

        IEnumerable<string> permissions = principal.FindFirstValue(LawyerWorkClaims.Role) is { } role && Roles.Permissions.TryGetValue(role, out var granted)
            ? granted
            : ClientScopes.PermissionsOf(principal.FindAll(ClientScopes.ScopeClaim).Select(c => c.Value));
        if (principal.HasClaim(AccessClaims.TwoFactorEnrolmentPending, "true"))
        {
            permissions = [Roles.SessionPermission];
        }

        // Materialised first: the scopes are read from the same identity the permissions are added to.
        identity.AddClaims(permissions.Distinct().Select(p => new Claim(LawyerWorkClaims.Permission, p)).ToList());
        return Task.FromResult(principal);
    }
}
