namespace LawyerWork.BuildingBlocks.Time;

/// <summary>
/// The calendar date in Asia/Shanghai, the date every deadline, holiday and ledger day is in. Instants
/// are stored in UTC; a complaint received at 07:30 in Changchun is received at 23:30 UTC the day before.
/// </summary>
public static class ShanghaiClock
{
    /// <summary>
    /// The system's Asia/Shanghai zone, or a fixed UTC+8 zone where the machine has no time-zone data
    /// (slim container images without tzdata, Windows without ICU). The fixed offset is exact for every
    /// date this system handles: China has kept UTC+8 without daylight saving time since 1991.
    /// </summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time (UTC+8)", "China Standard Time");

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant a Shanghai day begins (China has had no daylight saving time since 1991, so +08:00).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
}
