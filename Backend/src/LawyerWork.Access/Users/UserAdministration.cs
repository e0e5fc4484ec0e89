using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Access.Users;

public sealed record UserSummary(
    Guid Id,
    string UserName,
    string DisplayName,
    string Role,
    string DataScope,
    bool IsDisabled,
    bool TwoFactorEnabled,
    DateTimeOffset? LockedOutUntil,
    DateTimeOffset CreatedAt,
    long Version);

/// <summary>A new account with its temporary password, shown this once and never stored in clear.</summary>
public sealed record CreatedUser(UserSummary User, string TemporaryPassword);

public sealed record CreateUserCommand(string? UserName, string? DisplayName, string? Role, string? DataScope)
    : ICommand<CreatedUser>, IRoleAssignment;

public sealed record UpdateUserCommand(string? DisplayName, string? Role, string? DataScope) : ICommand<UserSummary>, IRoleAssignment
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

public enum UserTransition
{
    Disablement,
    Enablement,
}

public sealed record ChangeUserStatusCommand(Guid UserId, long ExpectedVersion, UserTransition Transition) : ICommand<UserSummary>;

public sealed record ResetPasswordCommand(Guid UserId, long ExpectedVersion) : ICommand<CreatedUser>;

public sealed record UserListQuery(string? Name, string? Role, int? Page, int? PageSize, string? Sort, string? Cursor)
    : IQuery<ListPage<UserSummary>>, IPageRequest;

public sealed record GetUserQuery(Guid UserId) : IQuery<UserSummary>;

public sealed class CreateUserValidator : RoleAssignmentRules<CreateUserCommand>
{
    public CreateUserValidator()
    {
        RuleFor(u => u.UserName).Matches("^[A-Za-z0-9._-]{3,50}$")
            .WithMessage(_ => Bilingual.Text("用户名须为 3 到 50 个字母、数字、点、下划线或连字符。", "A user name is 3 to 50 letters, digits, dots, underscores or hyphens."))
            .When(u => u.UserName is not null);
        RuleFor(u => u.UserName).NotNull().WithMessage(_ => Bilingual.Text("此项为必填项。", "This field is required."));
        RuleFor(u => u.DisplayName).Must(n => n is { Length: >= 2 and <= 50 })
            .WithMessage(_ => Bilingual.Text("姓名须为 2 到 50 个字符。", "The name must be 2 to 50 characters."));
    }
}

public sealed class UpdateUserValidator : RoleAssignmentRules<UpdateUserCommand>
{
    public UpdateUserValidator() =>
        RuleFor(u => u.DisplayName).Must(n => n is { Length: >= 2 and <= 50 })
            .WithMessage(_ => Bilingual.Text("姓名须为 2 到 50 个字符。", "The name must be 2 to 50 characters."));
}

public sealed class UserListValidator : AbstractValidator<UserListQuery>
{
    public UserListValidator() => Include(new PageRules<UserListQuery>(UserFields.Sort.Names));
}

internal static class UserFields
{
    public static readonly SortableFields<AccessUser> Sort = new SortableFields<AccessUser>(u => u.Id)
        .Add("userName", u => u.NormalizedUserName!, isDefault: true)
        .Add("createdAt", u => u.CreatedAt);

    public static readonly System.Linq.Expressions.Expression<Func<AccessUser, UserSummary>> Summary = u => new UserSummary(
        u.Id, u.UserName!, u.DisplayName, u.Role, u.DataScope, u.IsDisabled, u.TwoFactorEnabled,
        u.LockoutEnd, u.CreatedAt, u.Version);

    private static readonly Func<AccessUser, UserSummary> Compiled = Summary.Compile();

    public static UserSummary Of(AccessUser u) => Compiled(u);

    public static async Task<AccessUser> FindAsync(this UserManager<AccessUser> users, Guid id, long? expectedVersion)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("未找到该用户。", "No such user.");
        if (expectedVersion is { } version)
        {
            user.EnsureVersion(version);
        }

        return user;
    }

    public static void ThrowOnFailure(this IdentityResult result)
    {
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "DuplicateUserName"))
            {
                throw new ConflictException("user-name-taken", "该用户名已被使用。", "That user name is taken.");
            }

            if (result.Errors.Any(e => e.Code == "ConcurrencyFailure"))
            {
                throw new StaleVersionException();
            }

            throw new InvalidOperationException("Identity refused a change: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }
}

public sealed class CreateUserHandler(UserManager<AccessUser> users, IRegistryReader registry, ICurrentUser administrator, TimeProvider clock)
    : ICommandHandler<CreateUserCommand, CreatedUser>
{
    public async ValueTask<CreatedUser> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        await registry.EnsureGrantableAsync(administrator, command.DataScope!, cancellationToken);
        var user = new AccessUser
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = command.UserName,
            DisplayName = command.DisplayName!,
            Role = command.Role!,
            DataScope = command.DataScope!,
            CreatedAt = clock.GetUtcNow(),
        };
        var password = AccessSetup.NewSecret();
        (await users.CreateAsync(user, password)).ThrowOnFailure();
        return new CreatedUser(UserFields.Of(user), password);
    }
}

public sealed class UpdateUserHandler(UserManager<AccessUser> users, IRegistryReader registry, ICurrentUser administrator)
    : ICommandHandler<UpdateUserCommand, UserSummary>
{
    public async ValueTask<UserSummary> Handle(UpdateUserCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(command.UserId, command.ExpectedVersion);
        await registry.EnsureGrantableAsync(administrator, user.DataScope, cancellationToken);
        await registry.EnsureGrantableAsync(administrator, command.DataScope!, cancellationToken);
        var changesAccess = user.Role != command.Role || user.DataScope != command.DataScope;
        user.DisplayName = command.DisplayName!;
        user.Role = command.Role!;
        user.DataScope = command.DataScope!;
        (await users.UpdateAsync(user)).ThrowOnFailure();
        if (changesAccess)
        {
            // Sessions signed in under the old role end at their next stamp check (within a minute).
            await users.UpdateSecurityStampAsync(user);
        }

        return UserFields.Of(user);
    }
}

public sealed class ChangeUserStatusHandler(UserManager<AccessUser> users, IRegistryReader registry, ICurrentUser administrator)
    : ICommandHandler<ChangeUserStatusCommand, UserSummary>
{
    public async ValueTask<UserSummary> Handle(ChangeUserStatusCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(command.UserId, command.ExpectedVersion);
        await registry.EnsureGrantableAsync(administrator, user.DataScope, cancellationToken);
        if (user.Id.ToString() == administrator.UserId)
        {
            throw new ConflictException("own-account", "不能停用自己的账户。", "You cannot disable your own account.");
        }

        user.IsDisabled = command.Transition == UserTransition.Disablement;
        (await users.UpdateAsync(user)).ThrowOnFailure();
        await users.UpdateSecurityStampAsync(user);
        return UserFields.Of(user);
    }
}

public sealed class ResetPasswordHandler(UserManager<AccessUser> users, IRegistryReader registry, ICurrentUser administrator)
    : ICommandHandler<ResetPasswordCommand, CreatedUser>
{
    public async ValueTask<CreatedUser> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(command.UserId, command.ExpectedVersion);
        await registry.EnsureGrantableAsync(administrator, user.DataScope, cancellationToken);
        var password = AccessSetup.NewSecret();
        (await users.RemovePasswordAsync(user)).ThrowOnFailure();
        (await users.AddPasswordAsync(user, password)).ThrowOnFailure();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);

        // A lost authenticator is the usual reason for a reset: the person enrols again at next sign-in.
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        return new CreatedUser(UserFields.Of(user), password);
    }
}

public sealed class UserListHandler(AccessDbContext db, ICurrentUser administrator) : IQueryHandler<UserListQuery, ListPage<UserSummary>>
{
    public async ValueTask<ListPage<UserSummary>> Handle(UserListQuery query, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();

        // An administrator below the province sees the region-scoped accounts of their subtree only
        // (firm and lawyer accounts carry no region of their own to filter on here).
        var own = administrator.Scope.RegionCode ?? "000000";
        if (RegionCodes.SubtreePrefix(own).Length > 2)
        {
            var (from, to) = RegionCodes.SubtreeRange(own);
            users = users.Where(u => string.Compare(u.DataScope, "region:" + from) >= 0 && string.Compare(u.DataScope, "region:" + to) <= 0);
        }
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var term = query.Name.Trim();
            users = users.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            users = users.Where(u => u.Role == query.Role);
        }

        return await users.ToListPageAsync(query.ToPageQuery(), UserFields.Sort, UserFields.Summary, cancellationToken);
    }
}

public sealed class GetUserHandler(UserManager<AccessUser> users) : IQueryHandler<GetUserQuery, UserSummary>
{
    public async ValueTask<UserSummary> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        UserFields.Of(await users.FindAsync(query.UserId, expectedVersion: null));
}
