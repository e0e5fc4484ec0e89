using System.Security.Claims;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;

namespace LawyerWork.Host.Access;

/// <summary>Adds the role's permissions as claims after any sign-in path has named the role.</summary>
internal sealed class PermissionClaims : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || identity.HasClaim(c => c.Type == LawyerWorkClaims.Permission)
            || principal.FindFirstValue(LawyerWorkClaims.Role) is not { } role
            || !Roles.Permissions.TryGetValue(role, out var permissions))
        {
            return Task.FromResult(principal);
        }

        identity.AddClaims(permissions.Select(p => new Claim(LawyerWorkClaims.Permission, p)));
        return Task.FromResult(principal);
    }
}
