using System.Globalization;
using System.Text.Encodings.Web;
using FluentValidation;
using FluentValidation.Results;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Access.SignIn;

public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

public sealed record TwoFactorEnrolment(string SharedKey, string AuthenticatorUri);

public sealed record TwoFactorActivation(string? Code);

/// <summary>What a signed-in person does with their own account: password and second factor.</summary>
internal static class AccountEndpoints
{
    private const string Issuer = "LawyerWork";

    public static void MapAccount(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/api/auth").WithTags(AccessModule.Tag);

        account.MapPost("/password", async (PasswordChange change, UserManager<AccessUser> users, SignInManager<AccessUser> signIn, ICurrentUser current) =>
            {
                var user = await CurrentAsync(users, current);
                var failures = new List<ValidationFailure>();
                if (string.IsNullOrEmpty(change.CurrentPassword))
                {
                    failures.Add(new("currentPassword", Bilingual.Text("此项为必填项。", "This field is required.")));
                }

                if (string.IsNullOrEmpty(change.NewPassword))
                {
                    failures.Add(new("newPassword", Bilingual.Text("此项为必填项。", "This field is required.")));
                }

                if (failures.Count == 0)
                {
                    var result = await users.ChangePasswordAsync(user, change.CurrentPassword!, change.NewPassword!);
                    failures.AddRange(result.Errors.Select(e => e.Code == "PasswordMismatch"
                        ? new ValidationFailure("currentPassword", Bilingual.Text("当前密码不正确。", "The current password is wrong."))
                        : new ValidationFailure("newPassword", PasswordRules.Describe(e))));
                }

                if (failures.Count > 0)
                {
                    throw new ValidationException(failures);
                }

                await signIn.RefreshSignInAsync(user);
                return TypedResults.NoContent();
            })
            .RequirePermission(Roles.SessionPermission)
            .WithName("ChangePassword")
            .WithSummary("Changes the signed-in person's password (at least 12 characters with upper and lower case letters and a digit).");

        account.MapPost("/two-factor/enrolment", async (UserManager<AccessUser> users, ICurrentUser current) =>
            {
                var user = await CurrentAsync(users, current);
                if (user.TwoFactorEnabled)
                {
                    // A new key would silently break the working authenticator; an administrator's reset starts over.
                    throw new LawyerWork.BuildingBlocks.Errors.ConflictException(
                        "two-factor-already-enabled",
                        "双因素认证已启用；如需更换验证器，请管理员重置密码（同时重置双因素）。",
                        "Two-factor is already on; to change authenticator, ask an administrator to reset the password (which resets two-factor too).");
                }

                await users.ResetAuthenticatorKeyAsync(user);
                var key = (await users.GetAuthenticatorKeyAsync(user))!;
                var label = UrlEncoder.Default.Encode($"{Issuer}:{user.UserName}");
                var uri = $"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6&period=30";
                return TypedResults.Ok(new TwoFactorEnrolment(key, uri));
            })
            .RequirePermission(Roles.SessionPermission)
            .WithName("EnrolTwoFactor")
            .WithSummary("Starts (or restarts, while not yet active) TOTP enrolment: a new shared key and its otpauth:// URI. 409 two-factor-already-enabled once active.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        account.MapPost("/two-factor/activation", async (TwoFactorActivation activation, UserManager<AccessUser> users, SignInManager<AccessUser> signIn, ICurrentUser current, HttpContext context, IAntiforgery antiforgery) =>
            {
                var user = await CurrentAsync(users, current);
                var code = (activation.Code ?? "").Replace(" ", "", StringComparison.Ordinal);
                if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
                {
                    throw new ValidationException([new ValidationFailure("code", Bilingual.Text(
                        "验证码不正确，请输入验证器应用当前显示的 6 位数字。", "The code is wrong; enter the six digits the authenticator app shows now."))]);
                }

                await users.SetTwoFactorEnabledAsync(user, true);
                await signIn.RefreshSignInAsync(user);
                SignInEndpoints.IssueAntiforgeryToken(context, antiforgery);
                return TypedResults.NoContent();
            })
            .RequirePermission(Roles.SessionPermission)
            .WithName("ActivateTwoFactor")
            .WithSummary("Turns TOTP on with a first code from the authenticator app; later sign-ins ask for a code.");
    }

    private static async Task<AccessUser> CurrentAsync(UserManager<AccessUser> users, ICurrentUser current) =>
        Guid.TryParse(current.UserId, out var id) && await users.FindByIdAsync(id.ToString()) is { } user
            ? user
            : throw new LawyerWork.BuildingBlocks.Errors.NotFoundException("只有用户本人账户可以这样操作。", "Only a person's own account can do this.");
}

/// <summary>Identity's password errors in the caller's language.</summary>
internal static class PasswordRules
{
    public static string Describe(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => Bilingual.Text("密码至少 12 个字符。", "A password has at least 12 characters."),
        "PasswordRequiresDigit" => Bilingual.Text("密码须包含数字。", "A password needs a digit."),
        "PasswordRequiresLower" => Bilingual.Text("密码须包含小写字母。", "A password needs a lower-case letter."),
        "PasswordRequiresUpper" => Bilingual.Text("密码须包含大写字母。", "A password needs an upper-case letter."),
        _ => Bilingual.Text("密码不符合要求。", "The password does not meet the rules.") + " (" + error.Code.ToString(CultureInfo.InvariantCulture) + ")",
    };
}
