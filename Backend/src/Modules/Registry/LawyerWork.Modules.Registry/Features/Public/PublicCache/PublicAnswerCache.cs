using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Features.Public.PublicFirms;
using LawyerWork.Modules.Registry.Features.Public.PublicLawyers;
using LawyerWork.Modules.Supervision.Contracts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Internal;

namespace LawyerWork.Modules.Registry.Features.Public.PublicCache;

/// <summary>Configuration section <c>Registry:PublicCache</c> (docs/operations/background-work.md, ADR 0016).</summary>
public sealed class PublicCacheOptions
{
    public const string Section = "Registry:PublicCache";

    /// <summary>How long this host keeps a public answer; 0 turns the cache off. Bounds staleness on hosts that did not consume the change's event.</summary>
    public int Seconds { get; set; } = 60;

    /// <summary>At most this many lawyers', firms' and lawyer searches' answers per host.</summary>
    public int MaxEntries { get; set; } = 10_000;
}

/// <summary>
/// This host's copy of the single-record public answers (lawyer by certificate number, firm by USCC),
/// with their disclosed integrity records, and of the public lawyer search's pages: public data only,
/// so one copy serves every visitor. Any change to a lawyer or firm forgets every search page (which
/// pages it touches is not worth working out: searches are cheap to redo, changes rare against reads).
/// Forgotten on this host when Registry's or Supervision's events about the subject are consumed
/// (<see cref="PublicCacheInvalidation"/>); the time to live bounds staleness on other hosts.
/// </summary>
/// <remarks>
/// A look-up that read the database before a change committed must not store its now stale answer
/// after the change's event forgot the key: every forget bumps <see cref="Generation"/> first, and a
/// store is dropped (or undone) when the generation moved since the look-up began.
/// </remarks>
public sealed class PublicAnswerCache : IDisposable
{
    private readonly MemoryCache lawyers;
    private readonly MemoryCache firms;
    private readonly MemoryCache searches;
    private readonly TimeSpan timeToLive;
    private long generation;

    public PublicAnswerCache(PublicCacheOptions options, TimeProvider clock)
    {
        timeToLive = TimeSpan.FromSeconds(Math.Max(0, options.Seconds));
        lawyers = new MemoryCache(CacheOptions(options, clock));
        firms = new MemoryCache(CacheOptions(options, clock));
        searches = new MemoryCache(CacheOptions(options, clock));
    }

    public bool Enabled => timeToLive > TimeSpan.Zero;

    /// <summary>Read before the database, passed to <c>Keep</c>: a forget in between drops the store.</summary>
    public long Generation => Volatile.Read(ref generation);

    /// <summary>The cached answer, or null; allocates nothing.</summary>
    public PublicLawyer? Lawyer(string certificateNumber) =>
        Enabled && lawyers.TryGetValue(certificateNumber, out var answer) ? (PublicLawyer?)answer : null;

    public PublicFirm? Firm(string uscc) =>
        Enabled && firms.TryGetValue(uscc, out var answer) ? (PublicFirm?)answer : null;

    /// <summary>A cached page of the public lawyer search; the same query was valid when it was cached.</summary>
    public ListPage<PublicLawyer>? LawyerSearch(PublicLawyerSearch query) =>
        Enabled && searches.TryGetValue(query, out var answer) ? (ListPage<PublicLawyer>?)answer : null;

    /// <summary>Keyed by the query record itself: its value equality compares every parameter, so no two searches share a key.</summary>
    public void Keep(PublicLawyerSearch query, ListPage<PublicLawyer> answer, long seen) => Keep(searches, query, answer, seen);

    public void Keep(string certificateNumber, PublicLawyer answer, long seen) => Keep(lawyers, certificateNumber, answer, seen);

    public void Keep(string uscc, PublicFirm answer, long seen) => Keep(firms, uscc, answer, seen);

    public void ForgetLawyer(string certificateNumber)
    {
        Interlocked.Increment(ref generation);
        lawyers.Remove(certificateNumber);
        searches.Clear();
    }

    public void ForgetFirm(string uscc)
    {
        Interlocked.Increment(ref generation);
        firms.Remove(uscc);
        searches.Clear();
    }

    /// <summary>For a change that may have moved a firm's USCC: the old key is not known any more.</summary>
    public void ForgetAllFirms()
    {
        Interlocked.Increment(ref generation);
        firms.Clear();
        searches.Clear();
    }

    public void Dispose()
    {
        lawyers.Dispose();
        firms.Dispose();
        searches.Dispose();
    }

    private void Keep(MemoryCache cache, object key, object answer, long seen)
    {
        if (!Enabled || Generation != seen)
        {
            return;
        }

        cache.Set(key, answer, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = timeToLive, Size = 1 });
        if (Generation != seen)
        {
            cache.Remove(key);
        }
    }

    private static MemoryCacheOptions CacheOptions(PublicCacheOptions options, TimeProvider clock) => new()
    {
        SizeLimit = Math.Max(1, options.MaxEntries),
        Clock = new TimeProviderClock(clock),
    };

    /// <summary>The cache's expiry follows the host's one clock (tests turn it).</summary>
    private sealed class TimeProviderClock(TimeProvider clock) : ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
}

internal static class PublicAnswerCacheSetup
{
    /// <summary>The cache, one per host, and its invalidation by the events that change a public answer.</summary>
    public static IServiceCollection AddPublicAnswerCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(PublicCacheOptions.Section).Get<PublicCacheOptions>() ?? new PublicCacheOptions());
        services.AddSingleton<PublicAnswerCache>();
        services.AddIntegrationEventHandler<LawyerRegistered, PublicCacheInvalidation>();
        services.AddIntegrationEventHandler<LawyerUpdated, PublicCacheInvalidation>();
        services.AddIntegrationEventHandler<LawyerStatusChanged, PublicCacheInvalidation>();
        services.AddIntegrationEventHandler<LawyerTransferred, PublicCacheInvalidation>();
        services.AddIntegrationEventHandler<FirmUpdated, PublicCacheInvalidation>();
        services.AddIntegrationEventHandler<FirmStatusChanged, PublicCacheInvalidation>();
        services.AddIntegrationEventHandler<IntegrityRecorded, PublicCacheInvalidation>();
        return services;
    }
}
