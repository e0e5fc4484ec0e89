using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Integration.Dispatch;

namespace LawyerWork.IntegrationTests.Integration;

/// <summary>The event catalogue integrators read is the one the code delivers.</summary>
public sealed class EventCatalogueDocumentTests
{
    [Test]
    public void The_checked_in_catalogue_matches_the_event_types()
    {
        var path = RepositoryFiles.PathOf("docs/integration/events.md");
        Assert.That(File.Exists(path), Is.True, $"{path} is missing: run `dotnet pwsh ./build.ps1 openapi`.");
        Assert.That(File.ReadAllText(path).ReplaceLineEndings("\n"), Is.EqualTo(EventCatalogue.Markdown()),
            "docs/integration/events.md is stale: run `dotnet pwsh ./build.ps1 openapi` and commit it.");
    }

    [Test]
    public void Every_catalogued_event_is_documented_and_every_field_has_a_json_type()
    {
        Assert.That(EventCatalogue.All.Select(e => e.Summary), Has.All.Not.Empty, "each event type needs a <summary> in its Contracts project");
        Assert.That(EventCatalogue.All.SelectMany(e => e.Fields).Select(f => f.Type), Has.All.Not.Empty);
        Assert.That(EventCatalogue.All.Select(e => e.Name), Is.Unique);
    }
}
