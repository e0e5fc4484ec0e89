using System.Collections.Concurrent;
using System.Globalization;

namespace LawyerWork.Simulators.Webhooks;

/// <summary>
/// The configured webhook receivers by name. Receivers come from the control API (or
/// <see cref="Configure"/>) and from configuration
/// (<c>Simulator:Webhooks:&lt;name&gt;:Secret</c>, <c>…:ToleranceSeconds</c>), which a reset restores.
/// </summary>
public sealed class WebhookReceivers
{
    public const string Section = "Simulator:Webhooks";
    public const int DefaultToleranceSeconds = 300;

    private readonly IConfiguration configuration;
    private readonly TimeProvider clock;
    private readonly ConcurrentDictionary<string, WebhookReceiver> byName = new(StringComparer.Ordinal);

    public WebhookReceivers(IConfiguration configuration, TimeProvider clock)
    {
        this.configuration = configuration;
        this.clock = clock;
        ConfigureFromSettings();
    }

    public IReadOnlyCollection<string> Names => byName.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The receiver, or an exception naming the receivers there are.</summary>
    public WebhookReceiver this[string name] =>
        Find(name) ?? throw new KeyNotFoundException($"No webhook receiver '{name}'; configured: {string.Join(", ", Names)}.");

    public WebhookReceiver? Find(string name) => byName.TryGetValue(name, out var receiver) ? receiver : null;

    /// <summary>
    /// Creates the receiver, or gives an existing one a new secret and tolerance while keeping what it
    /// received and its fault (so a test can rotate the secret in the middle of a run).
    /// </summary>
    public WebhookReceiver Configure(string name, string secret, int toleranceSeconds = DefaultToleranceSeconds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentOutOfRangeException.ThrowIfNegative(toleranceSeconds);
        return byName.AddOrUpdate(
            name,
            _ => new WebhookReceiver(name, secret, toleranceSeconds, clock),
            (_, existing) =>
            {
                existing.Reconfigure(secret, toleranceSeconds);
                return existing;
            });
    }

    /// <summary>
    /// Removes every receiver (releasing requests they hold) and restores those from configuration, empty.
    /// Receiver objects taken before are stale afterwards: look them up again.
    /// </summary>
    public void Reset()
    {
        foreach (var name in byName.Keys)
        {
            if (byName.TryRemove(name, out var receiver))
            {
                receiver.Faults.Reset();
            }
        }

        ConfigureFromSettings();
    }

    private void ConfigureFromSettings()
    {
        foreach (var receiver in configuration.GetSection(Section).GetChildren())
        {
            var secret = receiver["Secret"];
            if (string.IsNullOrEmpty(secret))
            {
                throw new InvalidOperationException($"{Section}:{receiver.Key}:Secret is required.");
            }

            var tolerance = receiver["ToleranceSeconds"] is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : DefaultToleranceSeconds;
            Configure(receiver.Key, secret, tolerance);
        }
    }
}
