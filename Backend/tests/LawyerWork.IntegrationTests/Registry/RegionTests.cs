using System.Net;
using System.Text.Json;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Registry.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.IntegrationTests.Registry;

public sealed class RegionTests
{
    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        factory = new LawyerWorkFactory();
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task The_in_memory_region_names_are_the_migrated_table()
    {
        // Answers built after a save take the region's name from memory (RegionNames), reads from the table.
        using var scope = factory.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Regions.AsNoTracking().Select(r => new { r.Code, r.Name }).ToListAsync();
        Assert.That(stored, Has.Count.EqualTo(RegionSeed.Regions.Count));
        Assert.That(stored.Where(r => RegionNames.Of(r.Code) != r.Name).Select(r => r.Code), Is.Empty);
    }

    [Test]
    public async Task The_tree_holds_the_province_its_prefectures_and_Changchun_districts_from_the_database()
    {
        var roots = await (await client.GetAsync("/api/registry/regions")).AssertOkJsonAsync();

        Assert.That(roots.GetArrayLength(), Is.EqualTo(1));
        var province = roots[0];
        Assert.That(province.GetProperty("code").GetString(), Is.EqualTo("220000"));
        Assert.That(province.GetProperty("level").GetString(), Is.EqualTo("Province"));
        var prefectures = province.GetProperty("children").EnumerateArray().ToList();
        Assert.That(prefectures.Select(p => p.GetProperty("code").GetString()), Is.EquivalentTo(new[]
        {
            "220100", "220200", "220300", "220400", "220500", "220600", "220700", "220800", "222400", "229900",
        }));
        var changchun = prefectures.Single(p => p.GetProperty("code").GetString() == "220100");
        Assert.That(changchun.GetProperty("name").GetString(), Is.EqualTo("长春市"));
        var districts = changchun.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.That(districts, Does.Contain("南关区").And.Contain("朝阳区").And.Contain("公主岭市"));
    }

    [Test]
    public async Task Every_county_level_division_of_the_reference_file_is_served_once()
    {
        var roots = await (await client.GetAsync("/api/registry/regions")).AssertOkJsonAsync();
        var all = Flatten(roots).ToList();

        Assert.That(all.Select(r => r.GetProperty("code").GetString()), Is.Unique);
        Assert.That(all.Count(r => r.GetProperty("level").GetString() == "County"), Is.EqualTo(60));
        Assert.That(all.Count(r => r.GetProperty("level").GetString() == "Prefecture"), Is.EqualTo(10));
    }

    [Test]
    public async Task Functional_zones_carry_statistical_codes_and_Changbaishan_an_internal_one()
    {
        var roots = await (await client.GetAsync("/api/registry/regions")).AssertOkJsonAsync();
        var all = Flatten(roots).ToList();

        var zones = all.Where(r => r.GetProperty("level").GetString() == "FunctionalZone").ToList();
        Assert.That(zones, Is.Not.Empty);
        Assert.That(zones.Select(z => z.GetProperty("codeKind").GetString()), Is.All.EqualTo("Statistical"));
        Assert.That(zones.Select(z => z.GetProperty("code").GetString()![4]), Is.All.EqualTo('7'));

        var changbaishan = all.Single(r => r.GetProperty("code").GetString() == "229900");
        Assert.That(changbaishan.GetProperty("codeKind").GetString(), Is.EqualTo("Internal"));
        Assert.That(changbaishan.GetProperty("name").GetString(), Does.Contain("长白山"));
        Assert.That(changbaishan.GetProperty("note").GetString(), Does.Contain("not a GB/T 2260"));
    }

    [Test]
    public async Task A_region_comes_with_its_ancestors_and_children()
    {
        var chaoyang = await (await client.GetAsync("/api/registry/regions/220104")).AssertOkJsonAsync();
        Assert.That(chaoyang.GetProperty("name").GetString(), Is.EqualTo("朝阳区"));
        Assert.That(chaoyang.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("code").GetString()),
            Is.EqualTo(new[] { "220000", "220100" }));
        Assert.That(chaoyang.GetProperty("children").GetArrayLength(), Is.Zero);

        var jilinCity = await (await client.GetAsync("/api/registry/regions/220200")).AssertOkJsonAsync();
        Assert.That(jilinCity.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()),
            Does.Contain("船营区").And.Contain("吉林高新技术产业开发区"));
    }

    [Test]
    public async Task An_unknown_code_is_a_404_problem_in_Chinese_by_default()
    {
        var problem = await (await client.GetAsync("/api/registry/regions/999999")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("999999").And.Contain("行政区划"));
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("未找到"));
    }

    [Test]
    public async Task An_unknown_code_is_explained_in_English_on_request()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/regions/999999").InEnglish();
        var problem = await (await client.SendAsync(request)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("There is no region with code 999999."));
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Not found"));
    }

    [TestCase("12")]
    [TestCase("2201000")]
    [TestCase("22010x")]
    [TestCase("２２０１００")]
    public async Task A_code_that_is_not_six_digits_is_a_400_naming_code(string code)
    {
        var response = await client.GetAsync($"/api/registry/regions/{Uri.EscapeDataString(code)}");
        var problem = await response.AssertValidationProblemAsync("code");
        Assert.That(problem.GetProperty("errors").GetProperty("code")[0].GetString(), Does.Contain("六位数字"));
    }

    [Test]
    public async Task Looking_up_codes_returns_known_regions_in_order_and_lists_unknown_ones()
    {
        var response = await client.PostAsync("/api/registry/regions/lookup",
            Json("""{"codes":["220104","220100","123456","220104"]}"""));
        var result = await response.AssertOkJsonAsync();

        Assert.That(result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "朝阳区", "长春市" }));
        Assert.That(result.GetProperty("unknownCodes").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "123456" }));
    }

    [Test]
    public async Task Looking_up_malformed_codes_names_each_wrong_element()
    {
        var response = await client.PostAsync("/api/registry/regions/lookup", Json("""{"codes":["220100","abc","1234567"]}"""));
        await response.AssertValidationProblemAsync("codes[1]", "codes[2]");
    }

    [TestCase("""{"codes":[]}""")]
    [TestCase("""{}""")]
    [TestCase("""{"codes":null}""")]
    public async Task Looking_up_nothing_is_a_400_naming_codes(string body)
    {
        var response = await client.PostAsync("/api/registry/regions/lookup", Json(body));
        await response.AssertValidationProblemAsync("codes");
    }

    [Test]
    public async Task Looking_up_more_than_200_codes_is_a_400_naming_codes()
    {
        var codes = Enumerable.Range(0, 201).Select(i => (220000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var response = await client.PostAsync("/api/registry/regions/lookup", Json(JsonSerializer.Serialize(new { codes })));
        await response.AssertValidationProblemAsync("codes");
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    private static IEnumerable<JsonElement> Flatten(JsonElement nodes) =>
        nodes.EnumerateArray().SelectMany(n => new[] { n }.Concat(Flatten(n.GetProperty("children"))));
}
