using LawyerWork.IntegrationTests.Infrastructure;

namespace LawyerWork.IntegrationTests.Host;

public sealed class LoggingTests
{
    [Test]
    public async Task A_request_is_logged_with_method_path_status_and_trace_but_never_its_query_or_body()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        const string idNumber = "220102199003074258";
        const string phone = "13812345678";

        await client.GetAsync($"/api/registry/regions?idNumber={idNumber}");
        await client.PostAsync("/api/registry/regions/lookup",
            new StringContent($$"""{"codes":["220100"],"phone":"{{phone}}"}""", System.Text.Encoding.UTF8, "application/json"));

        var lines = factory.LogLines.ToList();
        Assert.That(lines, Has.Some.Contains("HTTP GET /api/registry/regions responded 200").And.Some.Contains("trace"));
        Assert.That(lines, Has.Some.Contains("HTTP POST /api/registry/regions/lookup responded 200"));
        Assert.That(lines, Has.None.Contains(idNumber));
        Assert.That(lines, Has.None.Contains(phone));
    }
}
