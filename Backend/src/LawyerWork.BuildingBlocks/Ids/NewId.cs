namespace LawyerWork.BuildingBlocks.Ids;

/// <summary>
/// UUIDv7 ids (RFC 9562): time-ordered, so inserts append to the primary-key index instead of
/// splitting pages, and ids made on several hosts never collide. Taken from the one clock so
/// tests that fix the time get ids in a known order.
/// </summary>
public static class NewId
{
    public static Guid Create(TimeProvider clock) => Guid.CreateVersion7(clock.GetUtcNow());
}
