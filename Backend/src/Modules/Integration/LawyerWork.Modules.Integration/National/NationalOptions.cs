namespace LawyerWork.Modules.Integration.National;

/// <summary>
/// Configuration section <c>Integration:National</c>. Without a <see cref="BaseUrl"/> the exchange is
/// off: no changes are queued for the national system (development, and departments not yet connected).
/// </summary>
public sealed class NationalOptions
{
    public string? BaseUrl { get; set; }

    /// <summary>A bearer token the national system issued (from a secret store in production, never appsettings.json).</summary>
    public string? Token { get; set; }

    /// <summary>A PFX client certificate, where the national system authenticates by mutual TLS instead of (or as well as) a token.</summary>
    public string? ClientCertificatePath { get; set; }

    public string? ClientCertificatePassword { get; set; }

    /// <summary>How many days back each reconciliation pass compares, today included.</summary>
    public int ReconcileDays { get; set; } = 7;

    public int ReconcileIntervalMinutes { get; set; } = 60;

    public bool Enabled => !string.IsNullOrWhiteSpace(BaseUrl);
}
