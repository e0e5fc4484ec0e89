namespace LawyerWork.Modules.Registry.Contracts;

// Integration events: written to Registry's outbox in the transaction of the change and delivered
// after commit (at least once; consumers deduplicate by the outbox message id).

/// <summary>A firm was licensed and entered in the register (执业许可登记).</summary>
public sealed record FirmRegistered(Guid FirmId, string Name, string Uscc, string RegionCode, DateTimeOffset OccurredAt);

/// <summary>A firm's registered particulars changed (name, address, region, …); <c>version</c> is the firm record's new version.</summary>
public sealed record FirmUpdated(Guid FirmId, string Name, string RegionCode, long Version, DateTimeOffset OccurredAt);

/// <summary>A firm's status changed (e.g. 停业整顿, 注销, 吊销) from a day, with the reason.</summary>
public sealed record FirmStatusChanged(Guid FirmId, FirmStatus From, FirmStatus To, DateOnly EffectiveOn, string Reason, DateTimeOffset OccurredAt);

/// <summary>A lawyer was registered as practising (执业登记), at a firm or for an employer.</summary>
public sealed record LawyerRegistered(Guid LawyerId, string CertificateNumber, Guid? FirmId, string RegionCode, DateTimeOffset OccurredAt);

/// <summary>A lawyer's registered particulars changed; <c>version</c> is the lawyer record's new version. Personal data is never in the event.</summary>
public sealed record LawyerUpdated(Guid LawyerId, long Version, DateTimeOffset OccurredAt);

/// <summary>A lawyer moved from one firm to another (变更执业机构) from a day.</summary>
public sealed record LawyerTransferred(Guid LawyerId, Guid FromFirmId, Guid ToFirmId, DateOnly EffectiveOn, DateTimeOffset OccurredAt);

/// <summary>A lawyer's status changed (e.g. 停止执业, 注销, 吊销, reinstated) from a day, with the reason.</summary>
public sealed record LawyerStatusChanged(Guid LawyerId, LawyerStatus From, LawyerStatus To, DateOnly EffectiveOn, string Reason, DateTimeOffset OccurredAt);
