using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Registry.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.IntegrationTests.Registry;

/// <summary>The Contracts reader other modules use, against records made through the API.</summary>
public sealed class RegistryReaderTests
{
    [Test]
    public async Task Other_modules_read_firms_lawyers_and_region_subtrees_through_the_contract()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        var samples = new RegistrySamples(client);
        var firm = await samples.CreateFirmAsync();
        var firmId = Guid.Parse(firm.GetProperty("id").GetString()!);
        var lawyer = await samples.CreateLawyerAsync(firmId);
        var lawyerId = Guid.Parse(lawyer.GetProperty("id").GetString()!);

        using var scope = factory.Services.CreateScope();
        var reader = scope.ServiceProvider.GetRequiredService<IRegistryReader>();

        var firms = await reader.FirmsAsync([firmId, Guid.CreateVersion7()], CancellationToken.None);
        Assert.That(firms.Single().PractisingLawyerCount, Is.EqualTo(1));
        var lawyers = await reader.LawyersAsync([lawyerId], CancellationToken.None);
        Assert.That(lawyers.Single().FirmId, Is.EqualTo(firmId));

        var changchun = await reader.RegionSubtreeAsync("220100", CancellationToken.None);
        Assert.That(changchun[0], Is.EqualTo("220100"));
        Assert.That(changchun, Does.Contain("220104").And.Contain("220184").And.Not.Contain("220202"));
        Assert.That(await reader.RegionSubtreeAsync("220199", CancellationToken.None), Is.Empty);
        Assert.That(await reader.RegionSubtreeAsync("220000", CancellationToken.None), Has.Count.EqualTo(80), "every seeded region: 79 from the NBS file and Changbaishan");
    }
}
