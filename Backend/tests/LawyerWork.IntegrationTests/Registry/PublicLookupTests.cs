using System.Net;
using System.Text.Json.Nodes;
using LawyerWork.IntegrationTests.Infrastructure;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Registry;

/// <summary>The anonymous integrity look-up: disclosable fields only, whatever is asked.</summary>
public sealed class PublicLookupTests
{
    private static readonly string[] Undisclosable = ["id", "idNumber", "phone", "birthDate", "firmId", "personalDataMasked", "version"];

    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;
    private string idNumber = null!;
    private string certificate = null!;
    private string uscc = null!;

    [OneTimeSetUp]
    public async Task Fill()
    {
        factory = new LawyerWorkFactory();
        client = factory.CreateClient();
        var samples = new RegistrySamples(client);
        var firm = await samples.CreateFirmAsync(body: FirmBody(name: "公示测试律师事务所"));
        uscc = firm.GetProperty("uscc").GetString()!;
        var body = LawyerBody(Guid.Parse(firm.GetProperty("id").GetString()!), name: "王公示");
        idNumber = (string)body["idNumber"]!;
        certificate = (string)body["certificateNumber"]!;
        Assert.That((await client.SendAsync(Post("/api/registry/lawyers", body))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task Anyone_finds_a_lawyer_by_name_certificate_firm_or_region_without_personal_data()
    {
        foreach (var query in new[] { $"name={Uri.EscapeDataString("王公")}", $"certificateNumber={certificate}", $"firmName={Uri.EscapeDataString("公示测试")}", $"regionCode=220100&name={Uri.EscapeDataString("王")}" })
        {
            var response = await client.GetAsync($"/api/public/lawyers?{query}");
            var text = await response.Content.ReadAsStringAsync();
            var page = await response.AssertOkJsonAsync();
            Assert.That(page.GetProperty("totalCount").GetInt64(), Is.EqualTo(1), query);
            Assert.That(page.GetProperty("totalCountCapped").GetBoolean(), Is.False, "the public search counts at most 1,000 rows and says whether there were more");
            var lawyer = page.GetProperty("items")[0];
            Assert.That(lawyer.GetProperty("firmName").GetString(), Is.EqualTo("公示测试律师事务所"));
            Assert.That(lawyer.GetProperty("specialties").GetArrayLength(), Is.EqualTo(2));
            Assert.That(text, Does.Not.Contain(idNumber).And.Not.Contain("13812345678").And.Not.Contain("138****"));
            Assert.That(lawyer.EnumerateObject().Select(p => p.Name), Has.None.AnyOf(Undisclosable));
        }
    }

    [Test]
    public async Task A_lawyer_and_a_firm_are_read_by_their_public_numbers()
    {
        var lawyer = await (await client.GetAsync($"/api/public/lawyers/{certificate}")).AssertOkJsonAsync();
        Assert.That(lawyer.GetProperty("name").GetString(), Is.EqualTo("王公示"));
        var firm = await (await client.GetAsync($"/api/public/firms/{uscc}")).AssertOkJsonAsync();
        Assert.That(firm.GetProperty("practisingLawyerCount").GetInt32(), Is.EqualTo(1));
        Assert.That(firm.EnumerateObject().Select(p => p.Name), Has.None.AnyOf(Undisclosable));

        await (await client.GetAsync("/api/public/lawyers/12201201011999999")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/public/lawyers/123")).AssertValidationProblemAsync("certificateNumber");
        await (await client.GetAsync("/api/public/firms/31220100MD00000000")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Only_the_public_search_carries_the_capped_count_flag()
    {
        var staffList = await (await client.SendAsync(Get($"/api/registry/lawyers?name={Uri.EscapeDataString("王公")}"))).AssertOkJsonAsync();
        Assert.That(staffList.GetProperty("totalCount").GetInt64(), Is.EqualTo(1));
        Assert.That(staffList.TryGetProperty("totalCountCapped", out _), Is.False, "staff lists count exactly and do not carry the flag");
        var firms = await (await client.GetAsync($"/api/public/firms?name={Uri.EscapeDataString("公示测试")}")).AssertOkJsonAsync();
        Assert.That(firms.GetProperty("totalCountCapped").GetBoolean(), Is.False);
    }

    [Test]
    public async Task A_lawyer_search_without_a_name_certificate_or_firm_is_a_400()
    {
        await (await client.GetAsync("/api/public/lawyers")).AssertValidationProblemAsync("name");
        await (await client.GetAsync("/api/public/lawyers?regionCode=220100")).AssertValidationProblemAsync("name");
    }

    [Test]
    public async Task The_public_look_up_takes_no_cursor_walks()
    {
        var response = await client.GetAsync($"/api/public/lawyers?name={Uri.EscapeDataString("王")}&cursor=");
        var page = await response.AssertOkJsonAsync();
        Assert.That(page.GetProperty("page").GetInt32(), Is.EqualTo(1), "the cursor parameter is not part of the public look-up");
        await (await client.GetAsync("/api/public/firms?page=1000&pageSize=100")).AssertValidationProblemAsync("page");
    }

    [Test]
    public async Task No_public_response_schema_in_the_openapi_document_can_carry_personal_data()
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var publicOperations = document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/public/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => o.Value!))
            .ToList();
        Assert.That(publicOperations, Is.Not.Empty);

        var visited = new HashSet<string>();
        foreach (var operation in publicOperations)
        {
            foreach (var response in operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')))
            {
                foreach (var content in response.Value!["content"]?.AsObject() ?? [])
                {
                    Walk(content.Value!["schema"], schemas, visited);
                }
            }
        }

        Assert.That(visited, Does.Contain("PublicLawyer").And.Contain("PublicFirm").And.Contain("PublicIntegrityRecord")
            .And.Contain("ComplaintProgress").And.Contain("PublicComplaintReceipt"));
    }

    private static void Walk(JsonNode? schema, JsonObject schemas, HashSet<string> visited)
    {
        if (schema is null)
        {
            return;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference.Split('/')[^1];
            if (visited.Add(name))
            {
                Walk(schemas[name], schemas, visited);
            }

            return;
        }

        foreach (var property in schema["properties"]?.AsObject() ?? [])
        {
            Assert.That(Undisclosable, Does.Not.Contain(property.Key), $"a public schema exposes '{property.Key}'");
            Walk(property.Value, schemas, visited);
        }

        Walk(schema["items"], schemas, visited);
        foreach (var part in (schema["allOf"] ?? schema["oneOf"] ?? schema["anyOf"])?.AsArray() ?? [])
        {
            Walk(part, schemas, visited);
        }
    }
}
