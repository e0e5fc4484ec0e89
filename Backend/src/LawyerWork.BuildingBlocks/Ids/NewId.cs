using System.Security.Cryptography;

namespace LawyerWork.BuildingBlocks.Ids;

/// <summary>
/// UUIDv7 ids (RFC 9562): time-ordered, so inserts append to the primary-key index instead of
/// splitting pages, and ids made on several hosts never collide. Taken from the one clock so
/// tests that fix the time get ids in a known order.
/// <para>
/// Monotonic within this process (RFC 9562 §6.2, method 1: a 12-bit counter in <c>rand_a</c>): ids made
/// in the same millisecond — several events of one aggregate in one save, or every id under a test's
/// frozen clock — still sort in the order they were made, which is the order per aggregate the outbox
/// and the deliveries keep when their instants are equal.
/// </para>
/// </summary>
public static class NewId
{
    // A clock this far behind the last id is another clock (a test's), not a step back of this one.
    private const long SameClockWindowMilliseconds = 10_000;

    private static readonly Lock Gate = new();
    private static long lastMilliseconds = long.MinValue;
    private static int counter;

    public static Guid Create(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        long milliseconds;
        int sequence;
        lock (Gate)
        {
            if (now > lastMilliseconds || lastMilliseconds - now > SameClockWindowMilliseconds)
            {
                // A new millisecond: the counter starts low and random, leaving room to count up.
                lastMilliseconds = now;
                counter = RandomNumberGenerator.GetInt32(0, 0x800);
            }
            else if (++counter > 0xFFF)
            {
                // 4,096 ids in one millisecond: borrow the next one rather than repeat an order.
                lastMilliseconds++;
                counter = 0;
            }

            milliseconds = lastMilliseconds;
            sequence = counter;
        }

        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        random[0] = (byte)((random[0] & 0x3F) | 0x80); // variant 10
        return new Guid((int)(milliseconds >> 16), (short)(milliseconds & 0xFFFF), (short)(0x7000 | sequence), random.ToArray());
    }
}
