namespace LawyerWork.Modules.Supervision.Tests.Domain;

/// <summary>The one clock of a domain test: it stands still until the test moves it.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
