using System.Net;
using System.Net.Http.Headers;
using LawyerWork.IntegrationTests.Infrastructure;

namespace LawyerWork.IntegrationTests.Host;

public sealed class SpaHostingTests
{
    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        var spa = Path.Combine(Path.GetTempPath(), "lawyerwork-spa-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(spa, "assets"));
        File.WriteAllText(Path.Combine(spa, "index.html"), "<!doctype html><title>LawyerWork</title><div id=root></div>");
        File.WriteAllText(Path.Combine(spa, "assets", "app-abc123.js"), "console.log('app')");
        factory = new LawyerWorkFactory(settings: new Dictionary<string, string?> { ["Spa:RootPath"] = spa });
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client.Dispose();
        factory.Dispose();
    }

    [TestCase("/")]
    [TestCase("/registry/regions")]
    [TestCase("/no/such/client/route")]
    public async Task Client_routes_fall_back_to_index_html(string path)
    {
        var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<div id=root>"));
        Assert.That(response.Headers.CacheControl?.NoCache, Is.True);
    }

    [Test]
    public async Task Fingerprinted_assets_are_served_and_cached_for_good()
    {
        var response = await client.GetAsync("/assets/app-abc123.js");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.CacheControl?.ToString(), Does.Contain("immutable"));
    }

    [Test]
    public async Task A_missing_asset_is_a_404_not_the_page()
    {
        var response = await client.GetAsync("/assets/missing-000.js");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("/api/registry/nothing-here")]
    [TestCase("/api")]
    [TestCase("/health/nothing")]
    public async Task Api_paths_never_fall_back_to_the_page(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        await (await client.SendAsync(request)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_api_still_answers_beside_the_page()
    {
        await (await client.GetAsync("/api/registry/regions")).AssertOkJsonAsync();
    }
}
