using System.Security.Claims;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Access.SignIn;

public sealed record SignInRequest(string? UserName, string? Password);

public sealed record TwoFactorSignInRequest(string? Code);

/// <summary>Sign-in, second factor, sign-out and the session, for people using the SPA (same-origin cookie).</summary>
internal static class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Access");

        auth.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            {
                IssueAntiforgeryToken(context, antiforgery);
                return TypedResults.NoContent();
            })
            .AllowPublic()
            .WithName("GetAntiforgeryToken")
            .WithSummary("Sets the readable XSRF-TOKEN cookie; send its value as X-XSRF-TOKEN on every unsafe request made with the session cookie.");

        auth.MapPost("/sign-in", async (SignInRequest request, SignInManager<AccessUser> signIn, HttpContext context, IAntiforgery antiforgery, AuditTrail audit) =>
            {
                RequireFields(("userName", request.UserName), ("password", request.Password));
                var user = await signIn.UserManager.FindByNameAsync(request.UserName!);
                if (user is null || user.IsDisabled)
                {
                    // The same work and the same answer as a wrong password: no way to probe for accounts.
                    var hasher = signIn.UserManager.PasswordHasher;
                    hasher.VerifyHashedPassword(new AccessUser(), dummyHash ??= hasher.HashPassword(new AccessUser(), Guid.NewGuid().ToString()), request.Password!);
                    await audit.RecordAsync("SignIn", AuditOutcome.Failed, "Account", request.UserName, reason: user is null ? "unknown-user" : "disabled");
                    throw Failed();
                }

                var result = await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
                if (result.RequiresTwoFactor)
                {
                    return TypedResults.Ok(new SignInResult(SignInStatus.TwoFactorRequired, null));
                }

                if (!result.Succeeded)
                {
                    await audit.RecordAsync("SignIn", AuditOutcome.Failed, "Account", request.UserName, reason: result.IsLockedOut ? "locked-out" : "wrong-password");
                    throw Failed();
                }

                var session = await SignedInAsync(signIn, user, context, antiforgery);
                await audit.RecordAsync("SignIn", AuditOutcome.Succeeded, "Account", user.UserName);
                return TypedResults.Ok(session);
            })
            .AllowPublic()
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithName("SignIn")
            .WithSummary("Signs a person in with user name and password (a same-origin session cookie). Five failures lock the account for 15 minutes; every failure gets the same answer.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/sign-in/two-factor", async (TwoFactorSignInRequest request, SignInManager<AccessUser> signIn, HttpContext context, IAntiforgery antiforgery, AuditTrail audit) =>
            {
                RequireFields(("code", request.Code));
                var user = await signIn.GetTwoFactorAuthenticationUserAsync() ?? throw Failed();
                var code = request.Code!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
                var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
                if (!result.Succeeded)
                {
                    await audit.RecordAsync("SignInTwoFactor", AuditOutcome.Failed, "Account", user.UserName, reason: result.IsLockedOut ? "locked-out" : "wrong-code");
                    throw Failed();
                }

                var session = await SignedInAsync(signIn, user, context, antiforgery);
                await audit.RecordAsync("SignInTwoFactor", AuditOutcome.Succeeded, "Account", user.UserName);
                return TypedResults.Ok(session);
            })
            .AllowPublic()
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithName("SignInTwoFactor")
            .WithSummary("Completes a sign-in with the six-digit code of the person's authenticator app.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/sign-out", async (SignInManager<AccessUser> signIn, HttpContext context, IAntiforgery antiforgery) =>
            {
                await signIn.SignOutAsync();

                // The old token was bound to the signed-out user: hand out an anonymous one for the next sign-in.
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
                IssueAntiforgeryToken(context, antiforgery);
                return TypedResults.NoContent();
            })
            .RequirePermission(Roles.SessionPermission)
            .WithName("SignOut")
            .WithSummary("Ends the session.");

        auth.MapGet("/session", (ICurrentUser user, ClaimsPrincipal principal) => TypedResults.Ok(Sessions.Of(user, principal)))
            .RequirePermission(Roles.SessionPermission)
            .WithName("GetCurrentSession")
            .WithSummary("The signed-in caller: user id, name, role, data scope, permissions, and whether a second factor must still be set up.");
    }

    private static async Task<SignInResult> SignedInAsync(SignInManager<AccessUser> signIn, AccessUser user, HttpContext context, IAntiforgery antiforgery)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        await new PermissionClaims().TransformAsync(principal);
        context.User = principal;

        // The antiforgery token is bound to the user: issue a fresh one for the new identity.
        IssueAntiforgeryToken(context, antiforgery);
        return new SignInResult(SignInStatus.SignedIn, Sessions.Of(new PrincipalCurrentUser(principal), principal));
    }

    internal static void IssueAntiforgeryToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(AccessSetup.ReadableAntiforgeryCookie, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }

    private static void RequireFields(params (string Name, string? Value)[] fields)
    {
        var missing = fields.Where(f => string.IsNullOrEmpty(f.Value)).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            throw new FluentValidation.ValidationException(missing.Select(m =>
                new FluentValidation.Results.ValidationFailure(m, Bilingual.Text("此项为必填项。", "This field is required."))));
        }
    }

    private static SignInFailedException Failed() => new();

    // A hash made with the configured cost, verified against for unknown users.
    private static string? dummyHash;
}

/// <summary>401 for every failed sign-in: unknown user, wrong password, locked out or disabled alike.</summary>
internal sealed class SignInFailedException()
    : DomainException(401, "sign-in-failed", Bilingual.Text(
        "用户名或密码错误，或账户已被锁定。连续 5 次失败将锁定 15 分钟。",
        "Wrong user name or password, or the account is locked. Five failures in a row lock it for 15 minutes."));
