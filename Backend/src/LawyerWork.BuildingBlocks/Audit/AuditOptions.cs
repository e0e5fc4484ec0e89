namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>Configuration section <c>Audit</c> (docs/audit.md): keys live outside the database.</summary>
public sealed class AuditOptions
{
    /// <summary>HMAC keys by id, base64 (at least 32 bytes each); old ids stay to verify old records.</summary>
    public Dictionary<string, string> SealKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The key id new seals use.</summary>
    public string CurrentSealKeyId { get; set; } = "";

    public double SealIntervalSeconds { get; set; } = 2;

    /// <summary>A checkpoint after this many newly sealed records…</summary>
    public int CheckpointEveryRecords { get; set; } = 1000;

    /// <summary>…or after this many minutes with anything new sealed.</summary>
    public double CheckpointEveryMinutes { get; set; } = 10;

    /// <summary>Where checkpoints go: a folder every host shares (docs/audit.md: object storage through a mounted bucket).</summary>
    public string CheckpointFolder { get; set; } = "data/audit-checkpoints";

    /// <summary>ECDSA P-256 private key (PEM, or base64 DER in PKCS#8 or SEC1) that signs checkpoints; auditors hold the public half.</summary>
    public string CheckpointSigningKey { get; set; } = "";

    public byte[] SealKey(string keyId) =>
        SealKeys.TryGetValue(keyId, out var key) && Convert.FromBase64String(key) is { Length: >= 32 } bytes
            ? bytes
            : throw new InvalidOperationException(
                $"Audit:SealKeys:{keyId} is missing or shorter than 32 bytes (Audit:CurrentSealKeyId names the key in use; docs/audit.md says how to make one).");
}
