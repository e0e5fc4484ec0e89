using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>The seal arithmetic shared by the sealer and the verifier: one definition of the chain.</summary>
public static class AuditChain
{
    /// <summary>The record as sealed: every field except the seal itself and when it was made.</summary>
    public static string Canonical(AuditRecord record) => CanonicalJson.Serialize(new JsonObject
    {
        ["id"] = record.Id.ToString(),
        ["recordedAt"] = record.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["actorId"] = record.ActorId,
        ["actorName"] = record.ActorName,
        ["role"] = record.Role,
        ["dataScope"] = record.DataScope,
        ["operation"] = record.Operation,
        ["outcome"] = record.Outcome.ToString(),
        ["reason"] = record.Reason,
        ["targetType"] = record.TargetType,
        ["targetId"] = record.TargetId,
        ["regionCode"] = record.RegionCode,
        ["details"] = record.Details,
        ["traceId"] = record.TraceId,
        ["clientIp"] = record.ClientIp,
        ["sequence"] = record.Sequence,
        ["sealKeyId"] = record.SealKeyId,
    });

    /// <summary>HMAC-SHA256(key, previous seal ‖ canonical record), lower-case hex; the first record's previous seal is empty.</summary>
    public static string Seal(byte[] key, string? previousSeal, AuditRecord record) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes((previousSeal ?? "") + Canonical(record))));
}
