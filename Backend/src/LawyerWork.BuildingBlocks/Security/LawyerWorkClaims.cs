namespace LawyerWork.BuildingBlocks.Security;

/// <summary>Claim types the product reads; every sign-in path (test scheme now, Identity and tokens later) issues these.</summary>
public static class LawyerWorkClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>The data scope, e.g. <c>region:220100</c>. Not "scope": OAuth uses that for token scopes.</summary>
    public const string DataScope = "lw_data_scope";

    /// <summary>One claim per permission, added from the role's permissions after authentication.</summary>
    public const string Permission = "lw_permission";
}
