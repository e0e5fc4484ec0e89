using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LawyerWork.IntegrationTests.Infrastructure;

namespace LawyerWork.IntegrationTests.Host;

/// <summary>Every bad input of the skeleton's list gets a problem response, never a 500 or a web page.</summary>
public sealed class ErrorPathTests
{
    private const string Lookup = "/api/registry/regions/lookup";
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

    [TestCase("""{"codes":[""")]
    [TestCase("""not json at all""")]
    [TestCase("""{"codes":["220100"]} trailing""")]
    public async Task Malformed_json_is_a_400_problem(string body)
    {
        var response = await client.PostAsync(Lookup, new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("JSON"));
    }

    [Test]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field()
    {
        var response = await client.PostAsync(Lookup, new StringContent("""{"codes":["220100", 5]}""", Encoding.UTF8, "application/json"));
        await response.AssertValidationProblemAsync("codes[1]");
    }

    [TestCase("text/plain")]
    [TestCase("application/xml")]
    public async Task A_body_that_is_not_json_is_a_415_problem(string contentType)
    {
        var content = new StringContent("""{"codes":["220100"]}""", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await client.PostAsync(Lookup, content);
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task A_body_over_the_limit_is_a_413_problem_before_it_is_read()
    {
        var body = """{"codes":["220100"],"padding":""" + "\"" + new string('x', 1_100_000) + "\"}";
        var response = await client.PostAsync(Lookup, new StringContent(body, Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [TestCase("application/json")]
    [TestCase("text/html")]
    [TestCase("application/xml")]
    public async Task An_unknown_api_route_is_a_404_problem_whatever_the_accept_header(string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/no-such-thing");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        await (await client.SendAsync(request)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_known_route_with_the_wrong_method_is_a_405_problem()
    {
        var response = await client.DeleteAsync("/api/registry/regions");
        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Test]
    public async Task A_validation_problem_is_in_English_on_request()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/regions/12").InEnglish();
        var problem = await (await client.SendAsync(request)).AssertValidationProblemAsync("code");
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("One or more fields are invalid"));
        Assert.That(problem.GetProperty("errors").GetProperty("code")[0].GetString(), Is.EqualTo("A region code is six digits."));
    }

    [Test]
    public async Task An_unhandled_failure_is_a_500_problem_without_internals_and_the_host_keeps_serving()
    {
        using var broken = new LawyerWorkFactory();
        using var brokenClient = broken.CreateClient();
        await (await brokenClient.GetAsync("/api/registry/regions")).AssertOkJsonAsync();
        await broken.Database.ExecuteAsync(broken.Database.IsSqlite
            ? "PRAGMA foreign_keys = OFF; DROP TABLE registry_regions;"
            : "DROP TABLE registry.regions CASCADE");

        var response = await brokenClient.GetAsync("/api/registry/regions");
        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        var body = problem.GetRawText();
        Assert.That(body, Does.Not.Contain("registry_regions").And.Not.Contain("registry.regions").And.Not.Contain("SQLite").And.Not.Contain("no such table")
            .And.Not.Contain("Npgsql").And.Not.Contain("relation"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("traceId"));

        await (await brokenClient.GetAsync("/health/live")).AssertOkJsonAsync();
    }
}
