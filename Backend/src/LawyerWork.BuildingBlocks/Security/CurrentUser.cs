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
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

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
