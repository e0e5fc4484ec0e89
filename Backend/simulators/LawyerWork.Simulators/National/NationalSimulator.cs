using System.Text.Json;
using LawyerWork.Simulators.Faults;

namespace LawyerWork.Simulators.National;

/// <summary>
/// The simulated national lawyer-management system (全国律师综合管理信息系统): what it has received,
/// deduplicated by event id as the real receiver does, and its fault. Thread-safe; one per app.
/// </summary>
public sealed class NationalSimulator
{
    public const string TokenSetting = "Simulator:National:Token";
    public const string DefaultToken = "simulator-token";

    private readonly TimeProvider clock;
    private readonly Lock sync = new();
    private readonly List<Entry> inOrder = [];
    private readonly Dictionary<Guid, Entry> byEventId = [];

    public NationalSimulator(IConfiguration configuration, TimeProvider clock)
    {
        this.clock = clock;
        var token = configuration[TokenSetting];
        Token = string.IsNullOrEmpty(token) ? DefaultToken : token;
        Faults = new FaultTarget(clock);
    }

    /// <summary>The bearer token callers must present.</summary>
    public string Token { get; }

    public FaultTarget Faults { get; }

    /// <summary>Every request to /national/api/v1/…, faulted or refused ones included.</summary>
    public long Requests => Faults.Requests;

    /// <summary>The changes in order of first receipt.</summary>
    public IReadOnlyList<NationalChangeReceived> Received
    {
        get
        {
            lock (sync)
            {
                return inOrder.Select(e => e.Snapshot()).ToList();
            }
        }
    }

    public void SetFault(Fault fault) => Faults.Set(fault);

    public void ClearFault() => Faults.Clear();

    /// <summary>Forgets every change, the request count and the fault.</summary>
    public void Reset()
    {
        Faults.Reset();
        lock (sync)
        {
            inOrder.Clear();
            byEventId.Clear();
        }
    }

    public DailySummary SummaryFor(DateOnly date) => DailySummary.For(date, EventIdsOn(date));

    public DailyEventIds EventIdsFor(DateOnly date) => new(date, DailySummary.Sort(EventIdsOn(date)));

    internal NationalReceipt Record(NationalChange change)
    {
        lock (sync)
        {
            if (byEventId.TryGetValue(change.EventId, out var first))
            {
                first.Deliveries++;
                return new NationalReceipt(first.ReceiptId, first.Change.EventId, Duplicate: true);
            }

            var entry = new Entry($"NS-{Guid.NewGuid():N}", change, clock.GetUtcNow());
            inOrder.Add(entry);
            byEventId.Add(change.EventId, entry);
            return new NationalReceipt(entry.ReceiptId, change.EventId, Duplicate: false);
        }
    }

    private List<Guid> EventIdsOn(DateOnly date)
    {
        lock (sync)
        {
            return inOrder.Where(e => DailySummary.DayOf(e.Change.OccurredAt) == date).Select(e => e.Change.EventId).ToList();
        }
    }

    private sealed class Entry(string receiptId, NationalChange change, DateTimeOffset receivedAt)
    {
        public string ReceiptId { get; } = receiptId;

        public NationalChange Change { get; } = change;

        public int Deliveries { get; set; } = 1;

        public NationalChangeReceived Snapshot() => new(
            ReceiptId, Change.EventId, Change.Kind, Change.SubjectId, Change.Change, Change.OccurredAt, receivedAt, Change.Data, Deliveries);
    }
}
