using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LawyerWork.BuildingBlocks.Leases;

/// <summary>
/// A background job's lease: one row per job, held by one host until it expires unless renewed.
/// Every host runs every job's loop; only the lease holder does the work, so each job runs once
/// across hosts (ARCHITECTURE.md "Background work").
/// </summary>
public sealed class Lease
{
    public string Job { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}

public static class Leases
{
    /// <summary>This process's name in lease rows: host name and process id, unique among running hosts.</summary>
    public static readonly string ThisHost = Truncate($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}", 100);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    /// <summary>
    /// Takes the lease when it is free or expired, or renews ours once half of it has passed; false when another
    /// host holds it. One conditional UPDATE (or the first INSERT) decides, so two hosts cannot both win.
    /// </summary>
    /// <remarks>
    /// Hosts poll for their leases every second or so. Deciding from a read while ours has more than half left,
    /// or while another host's has not expired, keeps those polls off the database's write lock (SQLite has one
    /// writer, which the requests' own writes wait for). A lease of ours that has not expired cannot be taken, so
    /// the read answers as the UPDATE would.
    /// </remarks>
    public static async Task<bool> TryAcquireAsync(this DbSet<Lease> leases, string job, string owner, TimeSpan duration, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var held = await leases.AsNoTracking().Where(l => l.Job == job).Select(l => new { l.Owner, l.ExpiresAt }).FirstOrDefaultAsync(cancellationToken);
        if (held is not null && held.ExpiresAt >= now)
        {
            if (held.Owner != owner)
            {
                return false;
            }

            if (held.ExpiresAt - now > duration / 2)
            {
                return true;
            }
        }

        var taken = await leases
            .Where(l => l.Job == job && (l.Owner == owner || l.ExpiresAt < now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Owner, owner).SetProperty(l => l.ExpiresAt, now + duration), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await leases.AnyAsync(l => l.Job == job, cancellationToken))
        {
            return false;
        }

        var context = leases.GetService<ICurrentDbContext>().Context;
        leases.Add(new Lease { Job = job, Owner = owner, ExpiresAt = now + duration });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another host inserted the first row at the same moment: it won.
            context.ChangeTracker.Clear();
            return false;
        }
    }

    public static Task ReleaseAsync(this DbSet<Lease> leases, string job, string owner, CancellationToken cancellationToken) =>
        leases.Where(l => l.Job == job && l.Owner == owner).ExecuteDeleteAsync(cancellationToken);
}
