using System.Net;
using System.Text.Json;
using LawyerWork.Access;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static LawyerWork.IntegrationTests.Access.AccessDriver;

namespace LawyerWork.IntegrationTests.Access;

public sealed class SignInTests
{
    private LawyerWorkFactory factory = null!;
    private AccessDriver access = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        factory = new LawyerWorkFactory();
        access = new AccessDriver(factory);
    }

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [Test]
    public async Task A_Changchun_officer_signs_in_sees_only_Changchun_firms_and_signs_out()
    {
        using (var staff = factory.CreateClient())
        {
            var samples = new RegistrySamples(staff);
            await samples.CreateFirmAsync(body: RegistrySamples.FirmBody("220104", name: "长春签入测试律师事务所"));
            await samples.CreateFirmAsync(body: RegistrySamples.FirmBody("220202", name: "吉林签入测试律师事务所"));
        }

        await access.CreateUserAsync("cc.officer", Roles.CityOfficer, "region:220100");
        using var browser = access.Browser();
        var (signIn, token) = await SignInAsync(browser, "cc.officer");
        var session = await signIn.AssertOkJsonAsync();
        Assert.That(session.GetProperty("status").GetString(), Is.EqualTo("SignedIn"));
        Assert.That(session.GetProperty("session").GetProperty("dataScope").GetString(), Is.EqualTo("region:220100"));
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AccessSetup.SessionCookie, StringComparison.Ordinal));
        Assert.That(cookie.ToLowerInvariant(), Does.Contain("httponly").And.Contain("samesite=strict"));

        var firms = await (await browser.GetAsync("/api/registry/firms?pageSize=100")).AssertOkJsonAsync();
        var names = firms.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.That(names, Does.Contain("长春签入测试律师事务所").And.Not.Contain("吉林签入测试律师事务所"));

        var signOut = await PostAsync(browser, "/api/auth/sign-out", new { }, token);
        Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await browser.GetAsync("/api/auth/session")).AssertProblemAsync(HttpStatusCode.Unauthorized);

        // The token handed out at sign-out serves the next sign-in.
        var anonymousToken = ReadIssuedToken(signOut);
        Assert.That(anonymousToken, Is.Not.Null);
        var again = await PostAsync(browser, "/api/auth/sign-in", new { userName = "cc.officer", password = Password }, anonymousToken);
        await again.AssertOkJsonAsync();
    }

    [Test]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer()
    {
        await access.CreateUserAsync("same.answer", Roles.CountyOfficer, "region:220104");
        using var browser = access.Browser();
        var (wrong, _) = await SignInAsync(browser, "same.answer", "Wrong-Password-123");
        var (unknown, _) = await SignInAsync(browser, "nobody.here", "Wrong-Password-123");
        var a = await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized);
        var b = await unknown.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(a.GetProperty("detail").GetString(), Is.EqualTo(b.GetProperty("detail").GetString()));
        Assert.That(a.GetProperty("code").GetString(), Is.EqualTo(b.GetProperty("code").GetString()));
    }

    [Test]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        await access.CreateUserAsync("locked.out", Roles.CountyOfficer, "region:220104");
        using var browser = access.Browser();
        for (var i = 0; i < 5; i++)
        {
            await (await SignInAsync(browser, "locked.out", "Wrong-Password-123")).Response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await SignInAsync(browser, "locked.out")).Response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Signing_in_needs_the_antiforgery_token_and_so_does_every_unsafe_cookie_request()
    {
        await access.CreateUserAsync("xsrf.check", Roles.ProvincialOfficer, "region:220000");
        using var browser = access.Browser();
        var withoutToken = await PostAsync(browser, "/api/auth/sign-in", new { userName = "xsrf.check", password = Password }, token: null);
        var problem = await withoutToken.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("antiforgery-token-invalid"));

        var (signedIn, token) = await SignInAsync(browser, "xsrf.check");
        await signedIn.AssertOkJsonAsync();
        var forged = await PostAsync(browser, "/api/registry/firms", RegistrySamples.FirmBody(), token: null);
        await forged.AssertProblemAsync(HttpStatusCode.BadRequest);
        var genuine = await PostAsync(browser, "/api/registry/firms", RegistrySamples.FirmBody(), token);
        Assert.That(genuine.StatusCode, Is.EqualTo(HttpStatusCode.Created), await genuine.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Missing_credentials_are_a_400_naming_each_field()
    {
        using var browser = access.Browser();
        var token = await AntiforgeryAsync(browser);
        await (await PostAsync(browser, "/api/auth/sign-in", new { }, token)).AssertValidationProblemAsync("userName", "password");
    }

    [Test]
    public async Task A_disabled_account_cannot_sign_in_and_its_open_session_ends()
    {
        var user = await access.CreateUserAsync("to.disable", Roles.CountyOfficer, "region:220104");
        using var browser = access.Browser();
        await (await SignInAsync(browser, "to.disable")).Response.AssertOkJsonAsync();

        using (var services = factory.Services.CreateScope())
        {
            var users = services.ServiceProvider.GetRequiredService<UserManager<AccessUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            stored!.IsDisabled = true;
            await users.UpdateAsync(stored);
            await users.UpdateSecurityStampAsync(stored);
        }

        using var other = access.Browser();
        await (await SignInAsync(other, "to.disable")).Response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_older_password_hash_is_upgraded_to_the_configured_cost_on_sign_in()
    {
        var user = await access.CreateUserAsync("old.hash", Roles.CountyOfficer, "region:220104");
        using (var services = factory.Services.CreateScope())
        {
            var db = services.ServiceProvider.GetRequiredService<AccessDbContext>();
            var weak = new PasswordHasher<AccessUser>(Options.Create(new PasswordHasherOptions { IterationCount = 10 }));
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
            stored.PasswordHash = weak.HashPassword(stored, Password);
            await db.SaveChangesAsync();
            Assert.That(Iterations(stored.PasswordHash), Is.EqualTo(10));
        }

        using var browser = access.Browser();
        await (await SignInAsync(browser, "old.hash")).Response.AssertOkJsonAsync();

        using var check = factory.Services.CreateScope();
        var upgraded = await check.ServiceProvider.GetRequiredService<AccessDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        var configured = check.ServiceProvider.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount;
        Assert.That(Iterations(upgraded.PasswordHash!), Is.EqualTo(configured));
    }

    [Test]
    public async Task Changing_the_password_checks_the_current_one_and_the_rules()
    {
        await access.CreateUserAsync("changer", Roles.CountyOfficer, "region:220104");
        using var browser = access.Browser();
        var (_, token) = await SignInAsync(browser, "changer");
        await (await PostAsync(browser, "/api/auth/password", new { currentPassword = "Not-The-Password-1", newPassword = "Another-Good-Pass-2" }, token))
            .AssertValidationProblemAsync("currentPassword");
        await (await PostAsync(browser, "/api/auth/password", new { currentPassword = Password, newPassword = "short" }, token))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var ok = await PostAsync(browser, "/api/auth/password", new { currentPassword = Password, newPassword = "Another-Good-Pass-2" }, token);
        Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var fresh = access.Browser();
        await (await SignInAsync(fresh, "changer", "Another-Good-Pass-2")).Response.AssertOkJsonAsync();
    }

    [Test]
    public async Task An_administrator_must_enrol_a_second_factor_and_then_signs_in_with_a_code()
    {
        await access.CreateUserAsync("admin.totp", Roles.SystemAdministrator, "region:220000");
        using var browser = access.Browser();
        var (first, token) = await SignInAsync(browser, "admin.totp");
        var session = (await first.AssertOkJsonAsync()).GetProperty("session");
        Assert.That(session.GetProperty("twoFactorEnrolmentRequired").GetBoolean(), Is.True);
        Assert.That(session.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { Roles.SessionPermission }));
        await (await browser.GetAsync("/api/registry/firms")).AssertProblemAsync(HttpStatusCode.Forbidden);

        var enrolment = await (await PostAsync(browser, "/api/auth/two-factor/enrolment", new { }, token)).AssertOkJsonAsync();
        var key = enrolment.GetProperty("sharedKey").GetString()!;
        Assert.That(enrolment.GetProperty("authenticatorUri").GetString(), Does.StartWith("otpauth://totp/"));
        await (await PostAsync(browser, "/api/auth/two-factor/activation", new { code = "000000" }, token)).AssertValidationProblemAsync("code");
        var activated = await PostAsync(browser, "/api/auth/two-factor/activation", new { code = Totp(key) }, token);
        Assert.That(activated.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await activated.Content.ReadAsStringAsync());

        using var next = access.Browser();
        var (password, nextToken) = await SignInAsync(next, "admin.totp");
        Assert.That((await password.AssertOkJsonAsync()).GetProperty("status").GetString(), Is.EqualTo("TwoFactorRequired"));
        await (await next.GetAsync("/api/auth/session")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await PostAsync(next, "/api/auth/sign-in/two-factor", new { code = "123456" }, nextToken)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var second = await PostAsync(next, "/api/auth/sign-in/two-factor", new { code = Totp(key) }, nextToken);
        var full = (await second.AssertOkJsonAsync()).GetProperty("session");
        Assert.That(full.GetProperty("twoFactorEnrolmentRequired").GetBoolean(), Is.False);
        Assert.That(full.GetProperty("twoFactorEnabled").GetBoolean(), Is.True);
        var secondToken = ReadIssuedToken(second) ?? nextToken;
        var reEnrol = await PostAsync(next, "/api/auth/two-factor/enrolment", new { }, secondToken);
        Assert.That((await reEnrol.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString(), Is.EqualTo("two-factor-already-enabled"));
        Assert.That(full.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()), Does.Contain(Roles.ManageAccessPermission));
    }

    [TestCase("Development")]
    [TestCase("Production")]
    public async Task Outside_Testing_the_test_headers_are_ignored(string environment)
    {
        using var other = new LawyerWorkFactory(environment);
        using var client = other.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/session").AsCaller("system-administrator", "region:220000");
        await (await client.SendAsync(request)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public void A_serving_host_without_token_keys_refuses_to_start()
    {
        using var keyless = new LawyerWorkFactory(settings: new Dictionary<string, string?> { ["Access:Tokens:SigningKey"] = "" });
        var failure = Assert.Throws<InvalidOperationException>(() => keyless.CreateClient());
        Assert.That(failure!.Message, Does.Contain("Access:Tokens:SigningKey"));
    }

    private static int Iterations(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        return (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
    }
}
