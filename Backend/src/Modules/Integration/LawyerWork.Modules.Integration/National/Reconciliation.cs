using System.Security.Cryptography;
using System.Text;
using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Integration.Contracts;
using LawyerWork.Modules.Integration.Domain;
using LawyerWork.Modules.Integration.Persistence;
using Microsoft.EntityFrameworkCore;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LawyerWork.Modules.Integration.National;

/// <summary>
/// Compares one day (Asia/Shanghai) with the national system: the changes we delivered that occurred
/// that day against what it holds, by count and by SHA-256 over the sorted event ids (lowercase "D"
/// form, joined with "\n"); when they differ, asks for its ids and lists what is missing on each side.
/// </summary>
public sealed class Reconciliation(IntegrationDbContext db, INationalLawyerSystem national, TimeProvider clock)
{
    public static string Hash(IEnumerable<Guid> eventIds) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', eventIds.Select(i => i.ToString("D")).Order(StringComparer.Ordinal)))));

    public async Task<ReconciliationDay> CheckAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var from = ShanghaiClock.StartOf(day);
        var to = ShanghaiClock.StartOf(day.AddDays(1));
        var ofDay = db.Deliveries.AsNoTracking().Where(d => d.Target == Domain.Delivery.NationalTarget && d.OccurredAt >= from && d.OccurredAt < to);
        var delivered = await ofDay.Where(d => d.State == DeliveryState.Delivered).Select(d => d.EventId).ToListAsync(cancellationToken);
        var pending = await ofDay.CountAsync(d => d.State != DeliveryState.Delivered, cancellationToken);

        var row = await db.ReconciliationDays.FirstOrDefaultAsync(r => r.Day == day, cancellationToken);
        if (row is null)
        {
            row = new ReconciliationDay { Day = day };
            db.ReconciliationDays.Add(row);
        }

        row.CheckedAt = clock.GetUtcNow();
        row.LocalCount = delivered.Count;
        row.LocalHash = Hash(delivered);
        row.PendingCount = pending;
        try
        {
            var summary = await national.DailySummaryAsync(day, cancellationToken);
            row.NationalCount = summary.Count;
            row.NationalHash = summary.Hash;
            row.Error = null;
            row.Matches = summary.Count == delivered.Count && string.Equals(summary.Hash, row.LocalHash, StringComparison.OrdinalIgnoreCase);
            row.MissingNationally = "";
            row.UnknownLocally = "";
            if (!row.Matches)
            {
                var theirs = (await national.DailyEventIdsAsync(day, cancellationToken)).ToHashSet();
                var ours = delivered.ToHashSet();
                row.MissingNationally = List(ours.Where(i => !theirs.Contains(i)));
                row.UnknownLocally = List(theirs.Where(i => !ours.Contains(i)));
            }
        }
        catch (Exception e) when (e is NationalExchangeException or HttpRequestException or BrokenCircuitException or TimeoutRejectedException)
        {
            row.Matches = false;
            row.Error = e is NationalExchangeException ? e.Message : e.GetType().Name;
        }

        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    private static string List(IEnumerable<Guid> ids) =>
        string.Join(',', ids.Order().Take(ReconciliationDay.ListedDifferences).Select(i => i.ToString("D")));
}
