using LawyerWork.Access;
using LawyerWork.Access.Accounts;
using LawyerWork.Host.Database;
using LawyerWork.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LawyerWork.IntegrationTests.Access;

public sealed class AccountSeedingTests
{
    [Test]
    public async Task The_first_administrator_comes_from_configuration_and_signs_in_with_that_password()
    {
        using var factory = new LawyerWorkFactory(settings: new Dictionary<string, string?>
        {
            ["Access:InitialAdministrator:UserName"] = "first.admin",
            ["Access:InitialAdministrator:Password"] = "First-Admin-Pass-42",
        });
        using var browser = new AccessDriver(factory).Browser();
        var (signIn, _) = await AccessDriver.SignInAsync(browser, "first.admin", "First-Admin-Pass-42");
        var session = (await signIn.AssertOkJsonAsync()).GetProperty("session");
        Assert.That(session.GetProperty("role").GetString(), Is.EqualTo(Roles.SystemAdministrator));
        Assert.That(session.GetProperty("twoFactorEnrolmentRequired").GetBoolean(), Is.True);
        Assert.That(factory.LogLines, Has.None.Contains("First-Admin-Pass-42"));
    }

    [Test]
    public async Task A_created_administrator_gets_a_random_password_and_a_taken_name_is_refused()
    {
        using var factory = new LawyerWorkFactory();
        using var scope = factory.Services.CreateScope();
        var first = await scope.ServiceProvider.CreateAdministratorAsync("root", null, TimeProvider.System);
        var second = await scope.ServiceProvider.CreateAdministratorAsync("root", null, TimeProvider.System);
        Assert.That(first!.Password, Has.Length.GreaterThanOrEqualTo(24));
        Assert.That(second, Is.Null);
    }

    [Test]
    public async Task Demo_seeding_makes_accounts_per_role_and_prefecture_with_random_passwords()
    {
        using var factory = new LawyerWorkFactory();
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await DatabaseMigrator.SeedDemoDataAsync(factory.Services.GetRequiredService<IServiceScopeFactory>(), 300, NullLogger.Instance, TimeProvider.System, CancellationToken.None);
        }
        finally
        {
            Console.SetOut(original);
        }

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccessUser>>().Users.ToList();
        Assert.That(users.Count(u => u.Role == Roles.CityOfficer), Is.EqualTo(10));
        Assert.That(users.Select(u => u.Role).Distinct(), Is.EquivalentTo(Roles.All));
        Assert.That(users.Select(u => u.PasswordHash), Is.Unique);
        Assert.That(output.ToString(), Does.Contain("demo.city.220100"));

        var line = output.ToString().Split('\n').Single(l => l.TrimStart().StartsWith("demo.city.220100 ", StringComparison.Ordinal));
        var password = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        using var browser = new AccessDriver(factory).Browser();
        await (await AccessDriver.SignInAsync(browser, "demo.city.220100", password)).Response.AssertOkJsonAsync();
    }
}
