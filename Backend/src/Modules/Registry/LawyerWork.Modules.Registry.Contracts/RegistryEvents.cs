namespace LawyerWork.Modules.Registry.Contracts;

// Integration events: written to Registry's outbox in the transaction of the change and delivered
// after commit (at least once; consumers deduplicate by the outbox message id).

public sealed record FirmRegistered(Guid FirmId, string Name, string Uscc, string RegionCode, DateTimeOffset OccurredAt);

public sealed record FirmUpdated(Guid FirmId, string Name, string RegionCode, long Version, DateTimeOffset OccurredAt);

public sealed record FirmStatusChanged(Guid FirmId, FirmStatus From, FirmStatus To, DateOnly EffectiveOn, string Reason, DateTimeOffset OccurredAt);

public sealed record LawyerRegistered(Guid LawyerId, string CertificateNumber, Guid? FirmId, string RegionCode, DateTimeOffset OccurredAt);

public sealed record LawyerUpdated(Guid LawyerId, long Version, DateTimeOffset OccurredAt);

public sealed record LawyerTransferred(Guid LawyerId, Guid FromFirmId, Guid ToFirmId, DateOnly EffectiveOn, DateTimeOffset OccurredAt);

public sealed record LawyerStatusChanged(Guid LawyerId, LawyerStatus From, LawyerStatus To, DateOnly EffectiveOn, string Reason, DateTimeOffset OccurredAt);
