using LawyerWork.BuildingBlocks.Errors;

namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>
/// The one way to record what is not a saved change: failed commands, refusals, failed sign-ins,
/// reads of unmasked personal data, exports. Written in a transaction of its own, so a refusal or a
/// failure is on record even though the work it refused was rolled back or never started.
/// </summary>
public sealed class AuditTrail(AuditDbContext db, AuditActor actor, TimeProvider clock)
{
    public async Task RecordAsync(
        string operation,
        AuditOutcome outcome,
        string? targetType = null,
        string? targetId = null,
        string? regionCode = null,
        string? reason = null,
        string? details = null,
        CancellationToken cancellationToken = default)
    {
        var record = actor.NewRecord(operation, outcome, clock.GetUtcNow());
        record.TargetType = targetType;
        record.TargetId = targetId;
        record.RegionCode = regionCode;
        record.Reason = reason;
        record.Details = details;
        db.Records.Add(record);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task RecordFailureAsync(string operation, Exception failure, CancellationToken cancellationToken) =>
        RecordAsync(operation, AuditOutcome.Failed, reason: failure switch
        {
            DomainException domain => domain.Code,
            FluentValidation.ValidationException validation => "invalid: " + string.Join(",", validation.Errors
                .Select(e => e.PropertyName.Length == 0 ? e.PropertyName : char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..]).Distinct()),
            _ => "error",
        }, cancellationToken: cancellationToken);
}
