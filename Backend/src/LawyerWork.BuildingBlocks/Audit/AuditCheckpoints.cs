using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>The chain head at a moment, signed so that an auditor can check it offline with the public key.</summary>
public sealed record AuditCheckpoint(long Sequence, string Seal, string SealKeyId, DateTimeOffset CreatedAt, string Signature)
{
    /// <summary>What is signed: the canonical JSON of everything but the signature.</summary>
    public string SignedText() => CanonicalJson.Serialize(new JsonObject
    {
        ["sequence"] = Sequence,
        ["seal"] = Seal,
        ["sealKeyId"] = SealKeyId,
        ["createdAt"] = CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
    });
}

/// <summary>
/// Checkpoints in a folder outside the database (one JSON file each, never overwritten): someone
/// who can rewrite the database cannot also rewrite what the hosts wrote here before.
/// </summary>
public sealed class AuditCheckpoints(AuditOptions options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public bool CanSign => !string.IsNullOrWhiteSpace(options.CheckpointSigningKey);

    public async Task<AuditCheckpoint> WriteAsync(long sequence, string seal, string keyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unsigned = new AuditCheckpoint(sequence, seal, keyId, now, "");
        using var key = SigningKey();
        var signature = Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(unsigned.SignedText()), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        var checkpoint = unsigned with { Signature = signature };
        Directory.CreateDirectory(options.CheckpointFolder);
        var path = Path.Combine(options.CheckpointFolder, $"checkpoint-{sequence:D12}.json");

        // Written aside and moved in: a reader never sees half a file, and a checkpoint is never overwritten.
        var partial = path + "." + Guid.NewGuid().ToString("N") + ".partial";
        await File.WriteAllTextAsync(partial, JsonSerializer.Serialize(checkpoint, Json), cancellationToken);
        try
        {
            File.Move(partial, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(partial);
        }

        return checkpoint;
    }

    public async Task<AuditCheckpoint?> LatestAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.CheckpointFolder))
        {
            return null;
        }

        var latest = Directory.EnumerateFiles(options.CheckpointFolder, "checkpoint-*.json").Order(StringComparer.Ordinal).LastOrDefault();
        return latest is null ? null : JsonSerializer.Deserialize<AuditCheckpoint>(await File.ReadAllTextAsync(latest, cancellationToken), Json);
    }

    public bool IsGenuine(AuditCheckpoint checkpoint)
    {
        using var key = SigningKey();
        return key.VerifyData(Encoding.UTF8.GetBytes(checkpoint.SignedText()), Convert.FromBase64String(checkpoint.Signature), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    /// <summary>The public key (PEM) to hand to auditors for offline checks.</summary>
    public string PublicKeyPem()
    {
        using var key = SigningKey();
        return key.ExportSubjectPublicKeyInfoPem();
    }

    private ECDsa SigningKey()
    {
        var value = options.CheckpointSigningKey;
        var key = ECDsa.Create();
        if (value.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            key.ImportFromPem(value);
        }
        else
        {
            var der = Convert.FromBase64String(value);
            try
            {
                key.ImportPkcs8PrivateKey(der, out _);
            }
            catch (CryptographicException)
            {
                key.ImportECPrivateKey(der, out _);
            }
        }

        return key;
    }
}
