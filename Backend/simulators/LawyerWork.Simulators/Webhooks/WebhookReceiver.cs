using LawyerWork.Simulators.Faults;

namespace LawyerWork.Simulators.Webhooks;

/// <summary>
/// One simulated webhook endpoint (<c>POST /webhooks/{name}</c>): its secret, what it has received
/// (deduplicated by delivery id, as a careful receiver does) and its fault. Thread-safe.
/// </summary>
public sealed class WebhookReceiver
{
    private readonly TimeProvider clock;
    private readonly Lock sync = new();
    private readonly List<Entry> inOrder = [];
    private readonly Dictionary<Guid, Entry> byId = [];
    private volatile Settings settings;

    internal WebhookReceiver(string name, string secret, int toleranceSeconds, TimeProvider clock)
    {
        Name = name;
        this.clock = clock;
        settings = new Settings(secret, toleranceSeconds);
        Faults = new FaultTarget(clock);
    }

    public string Name { get; }

    public string Secret => settings.Secret;

    /// <summary>How far the signature's timestamp may be from the simulator's clock; 0 does not check.</summary>
    public int ToleranceSeconds => settings.ToleranceSeconds;

    public FaultTarget Faults { get; }

    /// <summary>Every request to this receiver, faulted or refused ones included.</summary>
    public long Requests => Faults.Requests;

    /// <summary>The deliveries in order of first receipt.</summary>
    public IReadOnlyList<WebhookDeliveryReceived> Received
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

    // The secret and tolerance change together, so a request never checks one against the other's old value.
    internal void Reconfigure(string secret, int toleranceSeconds) => settings = new Settings(secret, toleranceSeconds);

    internal string? Verify(string? signatureHeader, ReadOnlySpan<byte> body)
    {
        var current = settings;
        return WebhookSignature.Verify(signatureHeader, current.Secret, body, clock.GetUtcNow(), current.ToleranceSeconds);
    }

    internal WebhookAcknowledgement Record(WebhookEnvelope envelope)
    {
        lock (sync)
        {
            if (byId.TryGetValue(envelope.Id, out var first))
            {
                first.Deliveries++;
                return new WebhookAcknowledgement(envelope.Id, Duplicate: true);
            }

            var entry = new Entry(envelope, clock.GetUtcNow());
            inOrder.Add(entry);
            byId.Add(envelope.Id, entry);
            return new WebhookAcknowledgement(envelope.Id, Duplicate: false);
        }
    }

    private sealed record Settings(string Secret, int ToleranceSeconds);

    private sealed class Entry(WebhookEnvelope envelope, DateTimeOffset receivedAt)
    {
        public int Deliveries { get; set; } = 1;

        public WebhookDeliveryReceived Snapshot() => new(
            envelope.Id, envelope.Type, envelope.AggregateId, envelope.OccurredAt, receivedAt, envelope.Data, Deliveries);
    }
}
