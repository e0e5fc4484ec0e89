using Microsoft.EntityFrameworkCore;

namespace LawyerWork.BuildingBlocks.Audit;

public enum AuditBreak
{
    /// <summary>A record's content no longer matches its seal (the records after it still chain from it).</summary>
    Altered,

    /// <summary>A record was added that does not belong in the chain (the next record chains from the one before it).</summary>
    Inserted,

    /// <summary>A chain position is missing.</summary>
    Removed,

    /// <summary>The chain ends before the latest checkpoint, or differs from it.</summary>
    Truncated,

    /// <summary>The last record fails its seal and nothing follows it to tell altered from inserted.</summary>
    AlteredOrInserted,

    /// <summary>The latest checkpoint's signature is not the checkpoint key's.</summary>
    CheckpointForged,
}

/// <param name="Intact">True when every sealed record verifies and the chain reaches the latest checkpoint.</param>
/// <param name="SealedRecords">How many sealed records were checked.</param>
/// <param name="UnsealedRecords">Records not yet in the chain (recent ones, or the sealer is behind).</param>
/// <param name="FirstBreak">What is wrong first, where.</param>
/// <param name="BreakAtSequence">The chain position of the first break.</param>
/// <param name="BreakRecordId">The record at the break, when there is one.</param>
/// <param name="CheckpointSequence">The latest checkpoint's position, when there is one.</param>
public sealed record AuditVerification(
    bool Intact,
    long SealedRecords,
    long UnsealedRecords,
    AuditBreak? FirstBreak,
    long? BreakAtSequence,
    Guid? BreakRecordId,
    long? CheckpointSequence);

/// <summary>Recomputes the chain from the first record and compares it with the latest checkpoint.</summary>
public sealed class AuditVerifier(AuditDbContext db, AuditOptions options, AuditCheckpoints checkpoints)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var unsealed = await db.Records.LongCountAsync(r => r.Sequence == null, cancellationToken);
        var checkpoint = await checkpoints.LatestAsync(cancellationToken);
        if (checkpoint is not null && !checkpoints.IsGenuine(checkpoint))
        {
            return new(false, 0, unsealed, AuditBreak.CheckpointForged, checkpoint.Sequence, null, checkpoint.Sequence);
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        byte[] Key(string id) => keys.TryGetValue(id, out var key) ? key : keys[id] = options.SealKey(id);

        string? previous = null;
        long expected = 1;
        long count = 0;
        AuditRecord? suspect = null;
        string? beforeSuspect = null;
        string? sealAtCheckpoint = null;
        await foreach (var record in db.Records.AsNoTracking().Where(r => r.Sequence != null).OrderBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (suspect is not null)
            {
                // Does this record chain from the suspect's stored seal (suspect altered) or from the one before (suspect inserted)?
                // An insertion forces renumbering, so the next record verifies only at its old position.
                var fromSuspect = AuditChain.Seal(Key(record.SealKeyId!), suspect.Seal, record) == record.Seal;
                var atOldPosition = AuditChain.Seal(Key(record.SealKeyId!), beforeSuspect, Shifted(record, -1)) == record.Seal;
                var fromBefore = atOldPosition || AuditChain.Seal(Key(record.SealKeyId!), beforeSuspect, record) == record.Seal;
                return Broken(fromSuspect ? AuditBreak.Altered : fromBefore ? AuditBreak.Inserted : AuditBreak.Altered, suspect.Sequence, suspect.Id);
            }

            if (record.Sequence != expected)
            {
                return Broken(record.Sequence > expected ? AuditBreak.Removed : AuditBreak.Inserted, expected, record.Sequence > expected ? null : record.Id);
            }

            if (AuditChain.Seal(Key(record.SealKeyId!), previous, record) != record.Seal)
            {
                suspect = record;
                beforeSuspect = previous;
                expected++;
                continue;
            }

            if (checkpoint is not null && record.Sequence == checkpoint.Sequence)
            {
                sealAtCheckpoint = record.Seal;
            }

            previous = record.Seal;
            expected++;
        }

        if (suspect is not null)
        {
            return Broken(AuditBreak.AlteredOrInserted, suspect.Sequence, suspect.Id);
        }

        if (checkpoint is not null && (count < checkpoint.Sequence || sealAtCheckpoint != checkpoint.Seal))
        {
            return Broken(AuditBreak.Truncated, Math.Min(count + 1, checkpoint.Sequence), null);
        }

        return new(true, count, unsealed, null, null, null, checkpoint?.Sequence);

        AuditVerification Broken(AuditBreak kind, long? sequence, Guid? id) => new(false, count, unsealed, kind, sequence, id, checkpoint?.Sequence);
    }

    private static AuditRecord Shifted(AuditRecord record, long by)
    {
        var copy = record.Copy();
        copy.Sequence += by;
        return copy;
    }
}
