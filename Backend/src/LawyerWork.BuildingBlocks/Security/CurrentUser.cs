using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace LawyerWork.BuildingBlocks.Security;

/// <summary>The one view of who is calling: identity, role, permissions and data scope.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    string? UserId { get; }

    string? Role { get; }

    DataScope Scope { get; }

    bool Has(string permission);
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private PrincipalCurrentUser Current => new(accessor.HttpContext?.User ?? new ClaimsPrincipal());

    public bool IsAuthenticated => Current.IsAuthenticated;

    public string? UserId => Current.UserId;

    public string? Role => Current.Role;

    public DataScope Scope => Current.Scope;

    public bool Has(string permission) => Current.Has(permission);
}

/// <summary>The caller as one principal's claims tell it (the request's, or one just signed in).</summary>
public sealed class PrincipalCurrentUser(ClaimsPrincipal principal) : ICurrentUser
{
    private ClaimsPrincipal? Principal => principal;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(LawyerWorkClaims.UserId) : null;

    public string? Role => IsAuthenticated ? Principal!.FindFirstValue(LawyerWorkClaims.Role) : null;

    public DataScope Scope =>
        IsAuthenticated && DataScope.TryParse(Principal!.FindFirstValue(LawyerWorkClaims.DataScope), out var scope)
            ? scope
            : DataScope.None;

    public bool Has(string permission) =>
        IsAuthenticated && Principal!.HasClaim(LawyerWorkClaims.Permission, permission);
}
