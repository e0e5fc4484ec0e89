using System.Security.Cryptography;
using System.Text;

namespace LawyerWork.Simulators.National;

/// <summary>
/// What the national system says it holds for one day, for reconciliation: the count and a hash of
/// the sorted event ids, so two sides can compare a day without exchanging every id.
/// </summary>
public sealed record DailySummary(DateOnly Date, int Count, string Hash)
{
    /// <summary>
    /// The national system's days are Beijing time. A fixed +8 offset (China has had no daylight
    /// saving since 1991) avoids depending on tzdata being installed.
    /// </summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    /// <summary>Lowercase hex SHA-256 of the ids ("D", lowercase) sorted ordinally and joined with "\n".</summary>
    public static DailySummary For(DateOnly date, IEnumerable<Guid> eventIds)
    {
        var sorted = Sort(eventIds);
        var joined = string.Join('\n', sorted);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
        return new DailySummary(date, sorted.Count, hash);
    }

    public static IReadOnlyList<string> Sort(IEnumerable<Guid> eventIds) =>
        eventIds.Select(id => id.ToString("D")).Order(StringComparer.Ordinal).ToList();
}

/// <summary>The day's event ids, sorted as the hash sorts them, so a reconciliation can list the differences.</summary>
public sealed record DailyEventIds(DateOnly Date, IReadOnlyList<string> EventIds);
