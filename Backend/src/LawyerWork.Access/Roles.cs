using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Integration.Contracts;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Contracts;

namespace LawyerWork.Access;

/// <summary>
/// The roles of DOMAIN.md's actor table and the permissions each grants. One table, read by
/// whatever signs the user in, so a permission is never checked against a role name.
/// </summary>
public static class Roles
{
    public const string SystemAdministrator = "system-administrator";
    public const string ProvincialOfficer = "provincial-officer";
    public const string CityOfficer = "city-officer";
    public const string CountyOfficer = "county-officer";
    public const string AssociationStaff = "association-staff";
    public const string FirmAdministrator = "firm-administrator";
    public const string Lawyer = "lawyer";
    public const string Auditor = "auditor";

    /// <summary>Every signed-in caller may ask who they are.</summary>
    public const string SessionPermission = "access.session";

    /// <summary>Creating and managing users and API clients.</summary>
    public const string ManageAccessPermission = "access.manage";

    /// <summary>Roles whose accounts must use a second factor (TOTP) to sign in.</summary>
    public static readonly IReadOnlySet<string> RequireTwoFactor = new HashSet<string>(StringComparer.Ordinal) { SystemAdministrator, Auditor };

    public static IReadOnlyCollection<string> All => Permissions.Keys.ToList();

    private static readonly string[] Bureau =
    [
        SessionPermission, RegistryPermissions.OrganisationsRead, RegistryPermissions.FirmsRead, RegistryPermissions.FirmsWrite,
        RegistryPermissions.LawyersRead, RegistryPermissions.LawyersWrite,

        // The justice bureau reads the ledgers of its region, files complaints it receives, decides
        // penalties on referrals, and keeps integrity records.
        SupervisionPermissions.ComplaintsRead, SupervisionPermissions.ComplaintsFile, SupervisionPermissions.PenaltiesDecide,
        SupervisionPermissions.RightsRead, SupervisionPermissions.IntegrityRead, SupervisionPermissions.IntegrityWrite,
        SupervisionPermissions.SurveysManage, SupervisionPermissions.ModelFirmsManage,
        SupervisionPermissions.AssessmentsRead, SupervisionPermissions.AssessmentsDecide, SupervisionPermissions.GovernanceRead,
    ];

    // The bar association's staff: the complaints centre and the rights-protection centre handle cases.
    private static readonly string[] Association =
    [
        SessionPermission, RegistryPermissions.OrganisationsRead, RegistryPermissions.FirmsRead, RegistryPermissions.LawyersRead,
        SupervisionPermissions.ComplaintsRead, SupervisionPermissions.ComplaintsFile, SupervisionPermissions.ComplaintsHandle,
        SupervisionPermissions.RightsRead, SupervisionPermissions.RightsReport, SupervisionPermissions.RightsHandle,
        SupervisionPermissions.IntegrityRead, SupervisionPermissions.IntegrityWrite, SupervisionPermissions.SurveysManage,
        SupervisionPermissions.ModelFirmsManage, SupervisionPermissions.AssessmentsRead, SupervisionPermissions.AssessmentsReview,
        SupervisionPermissions.GovernanceRead, SupervisionPermissions.GovernanceManage,
    ];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Permissions =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [SystemAdministrator] = [.. Bureau, RegistryPermissions.PersonalDataRead, ManageAccessPermission, AuditPermissions.Read, AuditPermissions.Verify, OutboxPermissions.Manage, IntegrationPermissions.Manage],
            [ProvincialOfficer] = [.. Bureau, RegistryPermissions.PersonalDataRead],
            [CityOfficer] = Bureau,
            [CountyOfficer] = Bureau,
            [AssociationStaff] = Association,
            [FirmAdministrator] = [SessionPermission, RegistryPermissions.OrganisationsRead, RegistryPermissions.FirmsRead, RegistryPermissions.LawyersRead, RegistryPermissions.LawyersWrite,
                SupervisionPermissions.SurveysAnswer, SupervisionPermissions.AssessmentsRead, SupervisionPermissions.AssessmentsReport],

            // A lawyer reports obstructions of their own practice and follows their own cases.
            [Lawyer] = [SessionPermission, RegistryPermissions.OrganisationsRead, RegistryPermissions.FirmsRead, RegistryPermissions.LawyersRead,
                SupervisionPermissions.RightsReport, SupervisionPermissions.RightsRead],
            [Auditor] = [SessionPermission, RegistryPermissions.OrganisationsRead, RegistryPermissions.FirmsRead, RegistryPermissions.LawyersRead, AuditPermissions.Read, AuditPermissions.Verify,
                SupervisionPermissions.ComplaintsRead, SupervisionPermissions.RightsRead, SupervisionPermissions.IntegrityRead],
        };
}
