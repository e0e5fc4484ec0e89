namespace LawyerWork.BuildingBlocks.Audit;

public enum AuditOutcome
{
    Succeeded,
    Failed,
    Denied,
}

/// <summary>
/// One thing that happened: who, in which role and scope, did what to which record, when, with what
/// changes (personal data masked), and how it ended. Inserted unsealed; the sealer gives it its
/// chain position and seal, after which any change to it is detectable (docs/audit.md).
/// </summary>
public sealed class AuditRecord
{
    public Guid Id { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>User id, API client id, or "anonymous".</summary>
    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";

    public string? Role { get; set; }

    public string? DataScope { get; set; }

    /// <summary>The use case (e.g. <c>RegisterFirm</c>, <c>SignIn</c>, <c>ExportLawyers</c>).</summary>
    public string Operation { get; set; } = "";

    public AuditOutcome Outcome { get; set; }

    /// <summary>Why it failed or was denied (a problem code), when it did.</summary>
    public string? Reason { get; set; }

    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    public string? RegionCode { get; set; }

    /// <summary>JSON: <c>[{"field":…,"before":…,"after":…}]</c> per changed entity, personal data masked; or the export's filters.</summary>
    public string? Details { get; set; }

    public string? TraceId { get; set; }

    public string? ClientIp { get; set; }

    /// <summary>The chain position, given when sealed (null while unsealed).</summary>
    public long? Sequence { get; set; }

    public string? SealKeyId { get; set; }

    /// <summary>HMAC-SHA256(key, previous seal ‖ canonical JSON of this record), hex.</summary>
    public string? Seal { get; set; }

    public DateTimeOffset? SealedAt { get; set; }

    public AuditRecord Copy() => (AuditRecord)MemberwiseClone();
}
