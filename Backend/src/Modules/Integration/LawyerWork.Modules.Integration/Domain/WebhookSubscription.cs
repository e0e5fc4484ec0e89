using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Persistence;

namespace LawyerWork.Modules.Integration.Domain;

/// <summary>
/// An API client's order to receive events of some types at an https URL, signed with a secret the
/// client holds (HMAC-SHA256, docs/integration.md). The secret is kept encrypted with the host's
/// data-protection keys: it must be readable to sign, so it cannot be hashed like a password.
/// </summary>
public sealed class WebhookSubscription : IVersioned
{
    private WebhookSubscription()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The OAuth client (Access) the deliveries are for.</summary>
    public string ClientId { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Url { get; private set; } = "";

    /// <summary>Event type names, comma-separated (few, and read with the subscription).</summary>
    public string EventTypes { get; private set; } = "";

    [Secret]
    public string ProtectedSecret { get; private set; } = "";

    /// <summary>A paused subscription gets no new deliveries; what was queued waits until it is active again.</summary>
    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SecretRotatedAt { get; private set; }

    public long Version { get; set; }

    public IReadOnlyList<string> Types => EventTypes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Wants(string eventType) => Active && Types.Contains(eventType, StringComparer.Ordinal);

    public static WebhookSubscription Create(string clientId, string description, string url, IEnumerable<string> eventTypes, string protectedSecret, TimeProvider clock) => new()
    {
        Id = NewId.Create(clock),
        ClientId = clientId,
        Description = description,
        Url = url,
        EventTypes = Join(eventTypes),
        ProtectedSecret = protectedSecret,
        Active = true,
        CreatedAt = clock.GetUtcNow(),
    };

    public void Change(string description, string url, IEnumerable<string> eventTypes, bool active)
    {
        Description = description;
        Url = url;
        EventTypes = Join(eventTypes);
        Active = active;
    }

    public void RotateSecret(string protectedSecret, DateTimeOffset now)
    {
        ProtectedSecret = protectedSecret;
        SecretRotatedAt = now;
    }

    private static string Join(IEnumerable<string> types) => string.Join(',', types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
