using System.Text.Json.Nodes;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.IntegrationTests.Host;

/// <summary>The OpenAPI document is a contract: complete, checked in, and holding the anonymous list of API.md.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch"];

    private LawyerWorkFactory factory = null!;
    private JsonObject document = null!;

    [OneTimeSetUp]
    public async Task LoadDocument()
    {
        factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        var json = await client.GetStringAsync("/swagger/v1/swagger.json");
        document = JsonNode.Parse(json)!.AsObject();
    }

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    /// <summary>API.md "Security": the only operations anyone may call without signing in.</summary>
    public static bool IsListedAnonymous(string path) =>
        path.StartsWith("/api/public/", StringComparison.Ordinal)
        || path == "/api/registry/regions"
        || path.StartsWith("/api/registry/regions/", StringComparison.Ordinal)
        || path.StartsWith("/api/auth/sign-in", StringComparison.Ordinal)
        || path == "/api/auth/antiforgery"
        || path == "/connect/token";

    [Test]
    public void The_checked_in_document_matches_the_code()
    {
        var path = RepositoryFiles.PathOf("docs/api/openapi.v1.json");
        Assert.That(File.Exists(path), Is.True, $"{path} is missing: run `dotnet pwsh ./build.ps1 openapi`.");
        var checkedIn = JsonNode.Parse(File.ReadAllText(path));
        Assert.That(JsonNode.DeepEquals(checkedIn, document), Is.True,
            "docs/api/openapi.v1.json is stale: run `dotnet pwsh ./build.ps1 openapi` and commit the document and the SPA's types.");
    }

    [Test]
    public void Every_operation_has_an_id_a_summary_a_module_tag_and_a_500_problem()
    {
        var operations = Operations().ToList();
        Assert.That(operations, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (name, operation) in operations)
            {
                Assert.That(operation["operationId"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, $"{name}: operationId");
                Assert.That(operation["summary"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, $"{name}: summary");
                Assert.That(operation["tags"]?.AsArray().Count, Is.EqualTo(1), $"{name}: one tag");
                Assert.That(ProblemContent(operation, "500"), Is.Not.Null, $"{name}: 500 problem response");
            }
        });
        Assert.That(operations.Select(o => o.Operation["operationId"]!.GetValue<string>()), Is.Unique);
    }

    [Test]
    public void Anonymous_operations_are_exactly_those_api_md_lists_and_the_rest_declare_401_and_403()
    {
        Assert.Multiple(() =>
        {
            foreach (var (name, operation) in Operations())
            {
                var path = name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
                var permission = operation["x-permission"]?.GetValue<string>();
                Assert.That(permission, Is.Not.Null, $"{name}: x-permission");
                if (permission == "anonymous")
                {
                    Assert.That(IsListedAnonymous(path), Is.True, $"{name} is anonymous but API.md does not list it");
                }
                else
                {
                    Assert.That(IsListedAnonymous(path), Is.False, $"{name} is listed anonymous but requires {permission}");
                    Assert.That(ProblemContent(operation, "401"), Is.Not.Null, $"{name}: 401");
                    Assert.That(ProblemContent(operation, "403"), Is.Not.Null, $"{name}: 403");
                }
            }
        });
    }

    [Test]
    public void Operations_with_a_body_declare_400_413_and_415_problems()
    {
        var withBody = Operations().Where(o => o.Operation["requestBody"] is not null).ToList();
        Assert.That(withBody, Is.Not.Empty);
        foreach (var (name, operation) in withBody)
        {
            foreach (var status in new[] { "400", "413", "415" })
            {
                Assert.That(ProblemContent(operation, status), Is.Not.Null, $"{name}: {status}");
            }
        }
    }

    [Test]
    public void Concurrency_and_idempotency_headers_are_declared_for_generated_clients()
    {
        var operations = Operations().ToDictionary(o => o.Operation["operationId"]!.GetValue<string>(), o => o.Operation);
        JsonNode? Header(string operation, string name) =>
            operations[operation]["parameters"]?.AsArray().FirstOrDefault(p => p!["in"]!.GetValue<string>() == "header" && p["name"]!.GetValue<string>() == name);

        Assert.That(Header("UpdateFirm", "If-Match")?["required"]?.GetValue<bool>(), Is.True);
        Assert.That(Header("CancelLawyer", "If-Match")?["required"]?.GetValue<bool>(), Is.True);
        Assert.That(Header("RegisterFirm", "Idempotency-Key"), Is.Not.Null);
        Assert.That(Header("RegisterFirm", "Idempotency-Key")!["required"]?.GetValue<bool>() ?? false, Is.False);
        Assert.That(Header("GetFirm", "If-Match"), Is.Null);
        Assert.That(operations["GetFirm"]["responses"]!["200"]!["headers"]?["ETag"], Is.Not.Null);
        Assert.That(operations["RegisterFirm"]["responses"]!["201"]!["headers"]?["Location"], Is.Not.Null);
        Assert.That(operations["ExportFirms"]["responses"]!["200"]!["content"]?["text/csv"], Is.Not.Null);
    }

    [Test]
    public void Every_endpoint_of_the_host_declares_a_permission_or_is_deliberately_public()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.That(endpoints, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var endpoint in endpoints)
            {
                var declared = endpoint.Metadata.GetMetadata<RequiredPermission>() is not null
                    || endpoint.Metadata.GetMetadata<PublicEndpoint>() is not null;
                Assert.That(declared, Is.True, $"{endpoint.RoutePattern.RawText} declares neither a permission nor PublicEndpoint");
                if (endpoint.Metadata.GetMetadata<PublicEndpoint>() is not null && endpoint.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
                {
                    Assert.That(IsListedAnonymous(endpoint.RoutePattern.RawText!), Is.True, $"{endpoint.RoutePattern.RawText} is public but not in API.md's list");
                }
            }
        });
    }

    private IEnumerable<(string Name, JsonObject Operation)> Operations() =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => HttpMethods.Contains(op.Key))
            .Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!.AsObject())));

    private static JsonNode? ProblemContent(JsonObject operation, string status) =>
        operation["responses"]?[status]?["content"]?["application/problem+json"];
}
