using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Registry;
using LawyerWork.Modules.Registry.Domain.Identifiers;
using Microsoft.Extensions.DependencyInjection;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Registry;

/// <summary>The demo register: deterministic, valid by the register's own rules, and consistent.</summary>
public sealed class DemoRegisterTests
{
    private const int Lawyers = 400;

    private static async Task<LawyerWorkFactory> SeededAsync()
    {
        var factory = new LawyerWorkFactory();
        using var scope = factory.Services.CreateScope();
        var seeded = await scope.ServiceProvider.SeedDemoRegisterAsync(Lawyers, _ => { }, CancellationToken.None);
        Assert.That(seeded?.Lawyers, Is.EqualTo(Lawyers));
        return factory;
    }

    [Test]
    public async Task The_same_count_gives_the_same_register()
    {
        using var first = await SeededAsync();
        using var second = await SeededAsync();
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        const string export = "/api/registry/lawyers/export?sort=certificateNumber";
        Assert.That(await (await b.SendAsync(Get(export))).Content.ReadAsStringAsync(),
            Is.EqualTo(await (await a.SendAsync(Get(export))).Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task Every_identifier_passes_the_registers_validation_and_firm_counts_add_up()
    {
        using var factory = await SeededAsync();
        using var client = factory.CreateClient();
        var firms = new List<System.Text.Json.JsonElement>();
        for (string? cursor = ""; cursor is not null;)
        {
            var page = await (await client.SendAsync(Get($"/api/registry/firms?pageSize=100&cursor={Uri.EscapeDataString(cursor)}"))).AssertOkJsonAsync();
            firms.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }

        Assert.That(firms, Is.Not.Empty);
        Assert.That(firms.Select(f => f.GetProperty("uscc").GetString()!), Is.Unique);
        Assert.That(firms.Select(f => UnifiedSocialCreditCode.IsValidLawFirmCode(f.GetProperty("uscc").GetString()!)), Is.All.True);

        var practising = await (await client.SendAsync(Get("/api/registry/lawyers?status=Practising&pageSize=1"))).AssertOkJsonAsync();
        var employed = 0L;
        foreach (var category in new[] { "PublicSector", "Corporate" })
        {
            var page = await (await client.SendAsync(Get($"/api/registry/lawyers?status=Practising&category={category}&pageSize=1"))).AssertOkJsonAsync();
            employed += page.GetProperty("totalCount").GetInt64();
        }

        Assert.That(firms.Sum(f => f.GetProperty("practisingLawyerCount").GetInt32()), Is.EqualTo(practising.GetProperty("totalCount").GetInt64() - employed));

        var full = await (await client.SendAsync(Get("/api/registry/lawyers?pageSize=5&sort=-firstPracticeYear"))).AssertOkJsonAsync();
        foreach (var row in full.GetProperty("items").EnumerateArray())
        {
            var lawyer = await (await client.SendAsync(Get($"/api/registry/lawyers/{row.GetProperty("id").GetString()}"))).AssertOkJsonAsync();
            Assert.That(ResidentIdNumber.HasValidCheckCharacter(lawyer.GetProperty("idNumber").GetString()!), Is.True);
            var certificate = lawyer.GetProperty("certificateNumber").GetString()!;
            Assert.That(PracticeCertificateNumber.FirstPracticeYear(certificate), Is.EqualTo(lawyer.GetProperty("firstPracticeYear").GetInt32()));
        }
    }

    [Test]
    public async Task A_register_that_holds_records_is_left_alone()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        await new RegistrySamples(client).CreateFirmAsync();
        using var scope = factory.Services.CreateScope();
        Assert.That(await scope.ServiceProvider.SeedDemoRegisterAsync(100, _ => { }, CancellationToken.None), Is.Null);
    }
}
