using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using LawyerWork.Modules.Integration.Webhooks;

namespace LawyerWork.IntegrationTests.Integration;

/// <summary>The verification code docs/integration.md gives integrators accepts what the product signs, and nothing else.</summary>
public sealed class WebhookSignatureExampleTests
{
    private const string Secret = "whsec_example-secret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"id\":\"01a0efd3-5680-709a-a6ef-ddd47e19f67c\",\"type\":\"FirmRegistered\",\"data\":{\"name\":\"吉林某某律师事务所\"}}");

    // Copied from docs/integration.md ("Verifying the signature", C#); keep the two identical.
    private static bool Verify(string secret, string header, byte[] body, TimeSpan tolerance)
    {
        var items = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        if (!long.TryParse(items.FirstOrDefault(p => p[0] == "t")?[1], out var t)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - t) > tolerance.TotalSeconds)
        {
            return false;
        }

        byte[] signed = [.. Encoding.UTF8.GetBytes($"{t}."), .. body];
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return items.Where(p => p[0] == "v1" && p[1].Length == 64)
            .Any(p => CryptographicOperations.FixedTimeEquals(Convert.FromHexString(p[1]), expected));
    }

    private static string Signed(long? at = null) => WebhookSignature.Sign(Secret, at ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Body);

    [Test]
    public void The_csharp_example_accepts_the_products_signature_and_refuses_tampering_other_secrets_and_old_timestamps()
    {
        var tolerance = TimeSpan.FromMinutes(5);
        Assert.That(Verify(Secret, Signed(), Body, tolerance), Is.True);
        Assert.That(Verify("whsec_another", Signed(), Body, tolerance), Is.False);
        Assert.That(Verify(Secret, Signed(), [.. Body, (byte)' '], tolerance), Is.False);
        Assert.That(Verify(Secret, Signed(DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds()), Body, tolerance), Is.False);
        Assert.That(Verify(Secret, "t=abc,v1=00", Body, tolerance), Is.False);
        Assert.That(Verify(Secret, Signed().Replace("v1=", "v1=00,v1=", StringComparison.Ordinal), Body, tolerance), Is.True, "any one of several v1 values");
    }

    // Copied from docs/integration.md ("Verifying the signature", Python 3).
    private const string Python = """
        import hashlib, hmac, time

        def verify(secret: str, header: str, body: bytes, tolerance: int = 300) -> bool:
            items = [p.split("=", 1) for p in header.split(",") if "=" in p]
            t = next((v for k, v in items if k == "t"), "")
            if not t.isdigit() or abs(time.time() - int(t)) > tolerance:
                return False
            expected = hmac.new(secret.encode(), t.encode() + b"." + body, hashlib.sha256).hexdigest()
            return any(k == "v1" and hmac.compare_digest(v, expected) for k, v in items)

        import sys
        secret, header, body_hex = sys.argv[1:4]
        print(verify(secret, header, bytes.fromhex(body_hex)))
        """;

    [Test]
    public async Task The_python_example_accepts_the_products_signature_and_refuses_another_secret()
    {
        var script = Path.Combine(Path.GetTempPath(), $"verify-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(script, Python);
        try
        {
            Assert.That(await RunAsync(script, Secret, Signed()), Is.EqualTo("True"));
            Assert.That(await RunAsync(script, "whsec_another", Signed()), Is.EqualTo("False"));
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static async Task<string> RunAsync(string script, string secret, string header)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, secret, header, Convert.ToHexString(Body) })
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("python3 is not installed here; the C# example is checked regardless.");
            return "";
        }

        using (process)
        {
            var output = await process!.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.That(process.ExitCode, Is.Zero, await process.StandardError.ReadToEndAsync());
            return output.Trim();
        }
    }
}
