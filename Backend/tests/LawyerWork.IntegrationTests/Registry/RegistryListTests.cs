using System.Net;
using System.Text;
using LawyerWork.IntegrationTests.Infrastructure;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Registry;

/// <summary>Lists, paging, cursors and exports over a known set: 24 firms in 四平 and 3 in 吉林市.</summary>
public sealed class RegistryListTests
{
    private const int SipingFirms = 24;
    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task Fill()
    {
        factory = new LawyerWorkFactory();
        client = factory.CreateClient();
        var samples = new RegistrySamples(client);
        for (var i = 0; i < SipingFirms; i++)
        {
            var body = FirmBody(i % 2 == 0 ? "220302" : "220382", name: $"四平{(char)('甲' + (i % 5))}{i:00}律师事务所");
            body["foundedOn"] = new DateOnly(2000 + (i % 7), 1, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var firm = await samples.CreateFirmAsync(body: body);
            if (i < 3)
            {
                await samples.CreateLawyerAsync(Guid.Parse(firm.GetProperty("id").GetString()!), "220302", name: i == 0 ? "李,\"四\"" : "李四");
            }
        }

        for (var i = 0; i < 3; i++)
        {
            await samples.CreateFirmAsync(body: FirmBody("220202", name: $"吉林市{i}律师事务所"));
        }
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task The_region_filter_takes_the_region_and_everything_under_it()
    {
        var siping = await (await client.SendAsync(Get("/api/registry/firms?regionCode=220300"))).AssertOkJsonAsync();
        Assert.That(siping.GetProperty("totalCount").GetInt64(), Is.EqualTo(SipingFirms));
        var county = await (await client.SendAsync(Get("/api/registry/firms?regionCode=220382"))).AssertOkJsonAsync();
        Assert.That(county.GetProperty("totalCount").GetInt64(), Is.EqualTo(SipingFirms / 2));
        var province = await (await client.SendAsync(Get("/api/registry/firms?regionCode=220000"))).AssertOkJsonAsync();
        Assert.That(province.GetProperty("totalCount").GetInt64(), Is.EqualTo(SipingFirms + 3));
    }

    [Test]
    public async Task Names_match_by_prefix_on_the_normalised_column_or_by_contains_on_request()
    {
        var prefix = await (await client.SendAsync(Get($"/api/registry/firms?name={Uri.EscapeDataString("四平甲")}"))).AssertOkJsonAsync();
        Assert.That(prefix.GetProperty("totalCount").GetInt64(), Is.EqualTo(5));
        var notPrefix = await (await client.SendAsync(Get($"/api/registry/firms?name={Uri.EscapeDataString("甲")}"))).AssertOkJsonAsync();
        Assert.That(notPrefix.GetProperty("totalCount").GetInt64(), Is.Zero);
        var contains = await (await client.SendAsync(Get($"/api/registry/firms?name={Uri.EscapeDataString("甲")}&nameMatch=Contains"))).AssertOkJsonAsync();
        Assert.That(contains.GetProperty("totalCount").GetInt64(), Is.EqualTo(5));
    }

    [Test]
    public async Task Sorting_follows_the_requested_fields()
    {
        var page = await (await client.SendAsync(Get("/api/registry/firms?regionCode=220300&sort=-foundedOn,name&pageSize=100"))).AssertOkJsonAsync();
        var founded = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("foundedOn").GetString()).ToList();
        Assert.That(founded, Is.EqualTo(founded.OrderByDescending(f => f, StringComparer.Ordinal).ToList()));
        var byLawyers = await (await client.SendAsync(Get("/api/registry/firms?regionCode=220300&sort=-lawyerCount&pageSize=3"))).AssertOkJsonAsync();
        Assert.That(byLawyers.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("practisingLawyerCount").GetInt32()), Is.All.EqualTo(1));
    }

    [TestCase("sort=phone", "sort")]
    [TestCase("sort=name,name", "sort")]
    [TestCase("pageSize=101", "pageSize")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("page=0", "page")]
    [TestCase("page=101&pageSize=100", "page")]
    [TestCase("page=2&cursor=", "cursor")]
    [TestCase("cursor=not-a-cursor", "cursor")]
    [TestCase("regionCode=22", "regionCode")]
    [TestCase("status=Closed", "status")]
    [TestCase("page=abc", "page")]
    public async Task Bad_paging_sorting_or_filters_are_a_400_naming_the_parameter(string query, string field)
    {
        await (await client.SendAsync(Get($"/api/registry/firms?{query}"))).AssertValidationProblemAsync(field);
    }

    [TestCase(null)]
    [TestCase("-foundedOn")]
    [TestCase("lawyerCount,-name")]
    public async Task A_cursor_walk_returns_every_row_once(string? sort)
    {
        var seen = new List<string>();
        var cursor = "";
        var sortParameter = sort is null ? "" : $"&sort={sort}";
        for (var steps = 0; cursor is not null; steps++)
        {
            Assert.That(steps, Is.LessThan(20));
            var page = await (await client.SendAsync(Get($"/api/registry/firms?regionCode=220300&pageSize=5{sortParameter}&cursor={Uri.EscapeDataString(cursor)}"))).AssertOkJsonAsync();
            Assert.That(page.GetProperty("totalCount").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }

        Assert.That(seen, Has.Count.EqualTo(SipingFirms).And.Unique);
    }

    [Test]
    public async Task The_firm_export_streams_every_row_of_the_filtered_list_as_utf8_csv_with_bom()
    {
        var list = await (await client.SendAsync(Get("/api/registry/firms?regionCode=220300&pageSize=1"))).AssertOkJsonAsync();
        var response = await client.SendAsync(Get("/api/registry/firms/export?format=csv&regionCode=220300"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("律所名称,统一社会信用代码"));
        Assert.That(lines.Length - 1, Is.EqualTo(list.GetProperty("totalCount").GetInt64()));
    }

    [Test]
    public async Task Export_headers_follow_the_request_language()
    {
        var request = Get("/api/registry/firms/export?regionCode=220300").InEnglish();
        var text = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.That(text.TrimStart('\uFEFF'), Does.StartWith("Name,Unified social credit code"));
    }

    [Test]
    public async Task The_lawyer_export_masks_personal_data_even_for_the_province_and_quotes_cells()
    {
        var response = await client.SendAsync(Get("/api/registry/lawyers/export?regionCode=220300"));
        var text = await response.Content.ReadAsStringAsync();
        var rows = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(rows, Has.Length.EqualTo(4));
        Assert.That(text, Does.Contain("138****5678").And.Not.Contain("13812345678"));
        Assert.That(text, Does.Match(@"220\*{11}[0-9X]{4}"));
        Assert.That(text, Does.Contain("\"李,\"\"四\"\"\""));
    }

    [Test]
    public async Task An_unsupported_export_format_is_a_400_naming_format()
    {
        await (await client.SendAsync(Get("/api/registry/firms/export?format=xlsx"))).AssertValidationProblemAsync("format");
    }

    [Test]
    public async Task Organisations_are_seeded_for_the_province_and_every_city()
    {
        var all = await (await client.SendAsync(Get("/api/registry/organisations?pageSize=100", Changchun, "auditor"))).AssertOkJsonAsync();
        var names = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.That(names, Does.Contain("吉林省司法厅").And.Contain("吉林省律师协会").And.Contain("长春市司法局").And.Contain("延边朝鲜族自治州律师协会"));
        Assert.That(names, Has.Count.EqualTo(21));
        var bureaus = await (await client.SendAsync(Get("/api/registry/organisations?kind=JusticeBureau&regionCode=220100"))).AssertOkJsonAsync();
        Assert.That(bureaus.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()), Is.EqualTo(new[] { "长春市司法局" }));
    }
}
