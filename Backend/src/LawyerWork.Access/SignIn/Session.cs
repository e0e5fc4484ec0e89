using LawyerWork.BuildingBlocks.Security;

namespace LawyerWork.Access.SignIn;

/// <summary>Who the caller is, as the server sees them: the SPA shapes its menus from this.</summary>
public sealed record CurrentSession(
    string UserId,
    string DisplayName,
    string Role,
    string DataScope,
    IReadOnlyList<string> Permissions,
    bool TwoFactorEnrolmentRequired,
    bool TwoFactorEnabled);

/// <summary>The outcome of a sign-in step: signed in (with the session), or the second factor is next.</summary>
public sealed record SignInResult(SignInStatus Status, CurrentSession? Session);

public enum SignInStatus
{
    SignedIn,
    TwoFactorRequired,
}

internal static class Sessions
{
    public static CurrentSession Of(ICurrentUser user, System.Security.Claims.ClaimsPrincipal principal) => new(
        user.UserId!,
        principal.FindFirst(LawyerWorkClaims.Name)?.Value ?? user.UserId!,
        user.Role ?? "api-client",
        user.Scope.ToString(),
        principal.FindAll(LawyerWorkClaims.Permission).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal).ToList(),
        principal.HasClaim(AccessClaims.TwoFactorEnrolmentPending, "true"),
        principal.HasClaim(AccessClaims.TwoFactorEnabled, "true"));
}
