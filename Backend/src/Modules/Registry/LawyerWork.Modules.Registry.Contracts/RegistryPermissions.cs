namespace LawyerWork.Modules.Registry.Contracts;

/// <summary>The permissions Registry's endpoints declare; roles are mapped to them in the Host.</summary>
public static class RegistryPermissions
{
    public const string OrganisationsRead = "registry.organisations.read";
    public const string FirmsRead = "registry.firms.read";
    public const string FirmsWrite = "registry.firms.write";
    public const string LawyersRead = "registry.lawyers.read";
    public const string LawyersWrite = "registry.lawyers.write";

    /// <summary>Unmasked ID-card numbers and phones; each such read is audited.</summary>
    public const string PersonalDataRead = "registry.personal-data.read";
}
