using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Supervision.Deadlines;

namespace LawyerWork.Modules.Supervision.Tests.Deadlines;

public sealed class ShanghaiClockTests
{
    [Test]
    public void At_15_59_UTC_it_is_still_the_same_day_in_Shanghai() =>
        Assert.That(ShanghaiClock.DateOf(new DateTimeOffset(2025, 1, 27, 15, 59, 59, TimeSpan.Zero)), Is.EqualTo(new DateOnly(2025, 1, 27)));

    [Test]
    public void At_16_00_UTC_it_is_the_next_day_in_Shanghai() =>
        Assert.That(ShanghaiClock.DateOf(new DateTimeOffset(2025, 1, 27, 16, 0, 0, TimeSpan.Zero)), Is.EqualTo(new DateOnly(2025, 1, 28)));

    [Test]
    public void The_next_day_starts_at_16_00_UTC_across_a_year_end() =>
        Assert.That(ShanghaiClock.DateOf(new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero)), Is.EqualTo(new DateOnly(2026, 1, 1)));

    [Test]
    public void An_instant_with_another_offset_is_converted_not_truncated() =>
        Assert.That(ShanghaiClock.DateOf(new DateTimeOffset(2025, 7, 1, 20, 0, 0, TimeSpan.FromHours(-5))), Is.EqualTo(new DateOnly(2025, 7, 2)));

    [Test]
    public void Today_reads_the_clock()
    {
        Assert.That(ShanghaiClock.Today(new FixedClock(new DateTimeOffset(2025, 9, 30, 15, 59, 0, TimeSpan.Zero))), Is.EqualTo(new DateOnly(2025, 9, 30)));
        Assert.That(ShanghaiClock.Today(new FixedClock(new DateTimeOffset(2025, 9, 30, 16, 0, 0, TimeSpan.Zero))), Is.EqualTo(new DateOnly(2025, 10, 1)));
    }

    [Test]
    public void The_zone_is_UTC_plus_8_without_daylight_saving_time()
    {
        foreach (var month in Enumerable.Range(1, 12))
        {
            var instant = new DateTimeOffset(2025, month, 15, 0, 0, 0, TimeSpan.Zero);
            Assert.That(ShanghaiClock.Zone.GetUtcOffset(instant), Is.EqualTo(TimeSpan.FromHours(8)), $"month {month}");
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
