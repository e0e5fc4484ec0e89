using LawyerWork.BuildingBlocks.Security;

namespace LawyerWork.Host.Access;

/// <summary>Who the caller is, as the server sees them: the SPA shapes its menus from this.</summary>
public sealed record CurrentSession(string UserId, string Role, string DataScope, IReadOnlyList<string> Permissions);

internal static class CurrentSessionEndpoint
{
    public static void MapCurrentSession(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/auth/session", (ICurrentUser user) =>
                TypedResults.Ok(new CurrentSession(
                    user.UserId!,
                    user.Role!,
                    user.Scope.ToString(),
                    Roles.Permissions.GetValueOrDefault(user.Role!, []).Where(user.Has).Order(StringComparer.Ordinal).ToList())))
            .RequirePermission(Roles.SessionPermission)
            .WithTags("Access")
            .WithName("GetCurrentSession")
            .WithSummary("The signed-in caller: user id, role, data scope and permissions.");
}
