using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Identity;

namespace LawyerWork.Access;

/// <summary>
/// A person's account: one role (DOMAIN.md's actor table) and one data scope (a region, a firm, or
/// self). Identity keeps the password hash, lockout, security stamp and TOTP key.
/// </summary>
public sealed class AccessUser : IdentityUser<Guid>, IVersioned
{
    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary><c>region:220100</c>, <c>firm:{id}</c> or <c>self:{id}</c> (see <c>DataScope</c>).</summary>
    public string DataScope { get; set; } = "";

    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }
}
