using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace LawyerWork.IntegrationTests.Infrastructure;

/// <summary>The checks every problem response must pass (API.md "Errors").</summary>
public static class HttpAssertions
{
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
            Assert.That(problem.GetProperty("type").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
            Assert.That(body, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(body, Does.Not.Contain("Exception"), "no exception type names");
        });
        return problem;
    }

    public static async Task<JsonElement> AssertValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EquivalentTo(fields));
        foreach (var field in errors.EnumerateObject())
        {
            Assert.That(field.Value.EnumerateArray().Select(m => m.GetString()), Is.Not.Empty.And.All.Not.Empty);
        }

        return problem;
    }

    public static async Task<JsonElement> AssertOkJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> AssertCreatedJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static HttpRequestMessage AsCaller(this HttpRequestMessage request, string role, string scope)
    {
        request.Headers.Add("X-Test-Role", role);
        request.Headers.Add("X-Test-Scope", scope);
        return request;
    }

    public static HttpRequestMessage InEnglish(this HttpRequestMessage request)
    {
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return request;
    }
}
