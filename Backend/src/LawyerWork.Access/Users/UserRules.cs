using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;

namespace LawyerWork.Access.Users;

/// <summary>A role and a data scope that belong together, and that the administrator may hand out.</summary>
public interface IRoleAssignment
{
    string? Role { get; }

    string? DataScope { get; }
}

public abstract class RoleAssignmentRules<T> : AbstractValidator<T>
    where T : IRoleAssignment
{
    protected RoleAssignmentRules()
    {
        RuleFor(a => a.Role).Must(r => r is not null && Roles.Permissions.ContainsKey(r))
            .WithMessage(_ => Bilingual.Text($"角色无效；可选：{string.Join(", ", Roles.All)}。", $"Unknown role; choose one of {string.Join(", ", Roles.All)}."));
        RuleFor(a => a.DataScope).Must(s => BuildingBlocks.Security.DataScope.TryParse(s, out _))
            .WithMessage(_ => Bilingual.Text("数据范围须为 region:六位区划代码、firm:律所编号 或 self:律师编号。", "The data scope is region:<six-digit code>, firm:<firm id> or self:<lawyer id>."));
        RuleFor(a => a).Must(a => ScopeFitsRole(a.Role, a.DataScope))
            .WithMessage(_ => Bilingual.Text("数据范围与角色不符：律所管理员用 firm:，律师用 self:，其他角色用 region:。", "The scope does not fit the role: firm administrators take firm:, lawyers self:, every other role region:."))
            .OverridePropertyName("dataScope")
            .When(a => a.Role is not null && BuildingBlocks.Security.DataScope.TryParse(a.DataScope, out _));
    }

    private static bool ScopeFitsRole(string? role, string? scope)
    {
        DataScope.TryParse(scope, out var parsed);
        return role switch
        {
            Roles.FirmAdministrator => parsed!.Kind == DataScopeKind.Firm,
            Roles.Lawyer => parsed!.Kind == DataScopeKind.Self,
            _ => parsed!.Kind == DataScopeKind.Region,
        };
    }
}

internal static class AssignmentChecks
{
    /// <summary>
    /// An administrator hands out only what lies in their own region; a firm or a lawyer must exist
    /// in the register (read through Registry's contract) and lie in that region too.
    /// </summary>
    public static async Task EnsureGrantableAsync(this IRegistryReader registry, ICurrentUser administrator, string dataScope, CancellationToken cancellationToken)
    {
        DataScope.TryParse(dataScope, out var scope);
        var own = administrator.Scope.RegionCode ?? throw new OutsideScopeException();
        var region = scope!.Kind switch
        {
            DataScopeKind.Region => scope.RegionCode,
            DataScopeKind.Firm => (await registry.FirmsAsync([scope.FirmId!.Value], cancellationToken)).SingleOrDefault()?.RegionCode
                ?? throw Invalid("律所不存在。", "No such firm."),
            _ => (await registry.LawyersAsync([scope.PersonId!.Value], cancellationToken)).SingleOrDefault()?.RegionCode
                ?? throw Invalid("律师不存在。", "No such lawyer."),
        };
        if (!RegionCodes.IsWithin(region!, own))
        {
            throw new OutsideScopeException();
        }
    }

    private static ValidationException Invalid(string chinese, string english) => InvalidField.Exception("dataScope", Bilingual.Text(chinese, english));
}

internal sealed class OutsideScopeException()
    : DomainException(403, "outside-data-scope", Bilingual.Text("不能授予超出您管理范围的数据范围。", "You cannot grant a data scope outside your own."));
