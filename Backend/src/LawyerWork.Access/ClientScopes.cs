using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Contracts;

namespace LawyerWork.Access;

/// <summary>
/// OAuth scopes an API client may be granted, per module and direction (API access is coarser than a
/// person's role), and the permissions each scope stands for.
/// </summary>
public static class ClientScopes
{
    /// <summary>OpenIddict's claim type for a granted scope in an access token.</summary>
    public const string ScopeClaim = OpenIddict.Abstractions.OpenIddictConstants.Claims.Private.Scope;

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Permissions =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["registry.read"] = [RegistryPermissions.OrganisationsRead, RegistryPermissions.FirmsRead, RegistryPermissions.LawyersRead],
            ["registry.write"] = [RegistryPermissions.FirmsWrite, RegistryPermissions.LawyersWrite],
            ["registry.personal-data"] = [RegistryPermissions.PersonalDataRead],
            ["supervision.read"] = [SupervisionPermissions.ComplaintsRead, SupervisionPermissions.RightsRead, SupervisionPermissions.IntegrityRead],
        };

    public static IReadOnlyCollection<string> All => Permissions.Keys.ToList();

    public static IEnumerable<string> PermissionsOf(IEnumerable<string> scopes) =>
        scopes.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(s => Permissions.GetValueOrDefault(s, []))
            .Append(Roles.SessionPermission);
}
