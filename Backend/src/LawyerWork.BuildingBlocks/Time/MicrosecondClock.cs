namespace LawyerWork.BuildingBlocks.Time;

/// <summary>
/// The one clock: UTC, cut to the microsecond that every database stores, so an instant a response
/// reports is the instant a later read returns (ARCHITECTURE.md "Data"). Tests replace the inner clock.
/// </summary>
public sealed class MicrosecondClock(TimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = inner.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;
}
