using LawyerWork.BuildingBlocks.Idempotency;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Registry;

public sealed class IdempotencyCleanupTests
{
    [Test]
    public async Task Expired_keys_are_deleted_by_one_host_and_live_keys_stay()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        var request = Post("/api/registry/firms", FirmBody());
        request.Headers.Add("Idempotency-Key", "live-key");
        await client.SendAsync(request);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                CallerId = "someone", Route = "POST /api/registry/firms", Key = "old-key", RequestHash = "00",
                CreatedAt = DateTimeOffset.UtcNow.AddDays(-2), ExpiresAt = DateTimeOffset.UtcNow.AddDays(-1),
            });
            await db.SaveChangesAsync();
        }

        var cleanup = factory.Services.GetRequiredService<IdempotencyCleanup>();
        var otherHost = new IdempotencyCleanup(factory.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<IdempotencyCleanup>.Instance) { Owner = "host-b" };
        // The host's own first pass may already have deleted it; either way this host holds the lease now.
        Assert.That(await cleanup.RunOnceAsync(CancellationToken.None), Is.Not.Null);
        Assert.That(await otherHost.RunOnceAsync(CancellationToken.None), Is.Null, "the lease keeps a second host out");

        using var check = factory.Services.CreateScope();
        var keys = await check.ServiceProvider.GetRequiredService<RegistryDbContext>().IdempotencyRecords.Select(r => r.Key).ToListAsync();
        Assert.That(keys, Is.EqualTo(new[] { "live-key" }));
    }
}
