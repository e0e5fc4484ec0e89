using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LawyerWork.Benchmarks.Runner;

/// <summary>
/// Everything the host needs outside Development, made fresh for the run: token keys, audit seal and
/// checkpoint keys, and a self-signed certificate for https on loopback. Nothing here is kept beyond
/// the run's artifacts folder except a kept database's audit keys, and none of it is a real secret.
/// </summary>
public sealed class BenchSecrets
{
    public string SigningKey { get; } = Convert.ToBase64String(RSA.Create(2048).ExportRSAPrivateKey());

    public string EncryptionKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string SealKey { get; private set; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string CheckpointKey { get; private set; } = Convert.ToBase64String(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportECPrivateKey());

    /// <summary>
    /// A kept database's audit keys are kept beside it: its chain, sealed in one run, must verify in the
    /// next. Returns false when the file did not exist (this run's keys are written to it).
    /// </summary>
    public bool UseKeptAuditKeys(string file)
    {
        if (File.Exists(file) && File.ReadAllLines(file) is [var seal, var checkpoint, ..])
        {
            SealKey = seal;
            CheckpointKey = checkpoint;
            return true;
        }

        File.WriteAllLines(file, [SealKey, CheckpointKey]);
        return false;
    }

    public string CertificatePassword { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    public string CertificatePath { get; private set; } = "";

    public void WriteCertificate(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        CertificatePath = Path.Combine(folder, "loopback.pfx");
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    /// <summary>The host's environment for the Benchmark environment: production code paths over https.</summary>
    public Dictionary<string, string> HostEnvironment(string provider, string connection, string checkpoints) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
        ["Database__Provider"] = provider,
        ["ConnectionStrings__LawyerWork"] = connection,
        ["Access__Tokens__SigningKey"] = SigningKey,
        ["Access__Tokens__EncryptionKey"] = EncryptionKey,
        ["Audit__SealKeys__bench1"] = SealKey,
        ["Audit__CurrentSealKeyId"] = "bench1",
        ["Audit__CheckpointSigningKey"] = CheckpointKey,
        ["Audit__CheckpointFolder"] = checkpoints,
        ["Kestrel__Certificates__Default__Path"] = CertificatePath,
        ["Kestrel__Certificates__Default__Password"] = CertificatePassword,

        // The load generator is one client address: the per-IP limits would measure the limiter.
        ["RateLimits__public-look-up"] = "100000000",
        ["RateLimits__sign-in"] = "100000",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
