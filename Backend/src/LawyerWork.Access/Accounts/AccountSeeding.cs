using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.Access.Accounts;

/// <summary>An account made by the product itself, with the password to hand over once.</summary>
public sealed record IssuedAccount(string UserName, string Role, string DataScope, string Password);

/// <summary>
/// The accounts no administrator can make because none exists yet (the first administrator), and the
/// demo accounts. There is no default password anywhere: every password here is random, returned
/// once for the operator to read, and only its hash is stored.
/// </summary>
public static class AccountSeeding
{
    /// <summary>Creates a system administrator for the whole province; null when the user name is taken.</summary>
    public static async Task<IssuedAccount?> CreateAdministratorAsync(this IServiceProvider scopedServices, string userName, string? password, TimeProvider clock)
    {
        var users = scopedServices.GetRequiredService<UserManager<AccessUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return null;
        }

        return await CreateAsync(users, userName, "系统管理员", Roles.SystemAdministrator, "region:220000", password, clock);
    }

    public static async Task<bool> AnyAccountAsync(this IServiceProvider scopedServices) =>
        scopedServices.GetRequiredService<UserManager<AccessUser>>().Users.Any();

    /// <summary>
    /// One account per staff role per prefecture (and the province; county officers for each
    /// prefecture's first county), plus firm administrators and
    /// lawyers for the sample firms and lawyers given; skipped when any account exists already.
    /// </summary>
    public static async Task<IReadOnlyList<IssuedAccount>> CreateDemoAccountsAsync(
        this IServiceProvider scopedServices,
        IReadOnlyList<(string Code, string Name, string? FirstCounty)> prefectures,
        IReadOnlyList<Guid> sampleFirms,
        IReadOnlyList<Guid> sampleLawyers,
        TimeProvider clock)
    {
        var users = scopedServices.GetRequiredService<UserManager<AccessUser>>();
        if (users.Users.Any())
        {
            return [];
        }

        var issued = new List<IssuedAccount>
        {
            await CreateAsync(users, "demo.admin", "演示系统管理员", Roles.SystemAdministrator, "region:220000", null, clock),
            await CreateAsync(users, "demo.province", "演示省厅工作人员", Roles.ProvincialOfficer, "region:220000", null, clock),
            await CreateAsync(users, "demo.province-association", "演示省律协工作人员", Roles.AssociationStaff, "region:220000", null, clock),
            await CreateAsync(users, "demo.auditor", "演示审计人员", Roles.Auditor, "region:220000", null, clock),
        };
        foreach (var (code, name, county) in prefectures)
        {
            issued.Add(await CreateAsync(users, $"demo.city.{code}", $"{name}司法局演示账户", Roles.CityOfficer, $"region:{code}", null, clock));
            issued.Add(await CreateAsync(users, $"demo.association.{code}", $"{name}律协演示账户", Roles.AssociationStaff, $"region:{code}", null, clock));
            if (county is not null)
            {
                issued.Add(await CreateAsync(users, $"demo.county.{county}", $"{name}{county}县级司法局演示账户", Roles.CountyOfficer, $"region:{county}", null, clock));
            }
        }

        for (var i = 0; i < sampleFirms.Count; i++)
        {
            issued.Add(await CreateAsync(users, $"demo.firm.{i + 1}", $"演示律所管理员{i + 1}", Roles.FirmAdministrator, $"firm:{sampleFirms[i]}", null, clock));
        }

        for (var i = 0; i < sampleLawyers.Count; i++)
        {
            issued.Add(await CreateAsync(users, $"demo.lawyer.{i + 1}", $"演示律师{i + 1}", Roles.Lawyer, $"self:{sampleLawyers[i]}", null, clock));
        }

        return issued;
    }

    private static async Task<IssuedAccount> CreateAsync(UserManager<AccessUser> users, string userName, string displayName, string role, string scope, string? password, TimeProvider clock)
    {
        password ??= AccessSetup.NewSecret();
        var user = new AccessUser
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = userName,
            DisplayName = displayName,
            Role = role,
            DataScope = scope,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Account {userName} could not be made: " + string.Join(", ", result.Errors.Select(e => e.Description)));
        }

        return new IssuedAccount(userName, role, scope, password);
    }
}
