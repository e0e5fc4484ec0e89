using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LawyerWork.Simulators.Webhooks;

/// <summary>
/// The webhook signature of the contract: <c>LawyerWork-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>
/// where the hex is HMAC-SHA256(secret as UTF-8, "&lt;t&gt;." + raw body bytes). Signing the timestamp
/// with the body stops a captured delivery from being replayed later with a new time.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "LawyerWork-Signature";
    public const string EventIdHeaderName = "LawyerWork-Event-Id";
    public const string EventTypeHeaderName = "LawyerWork-Event-Type";

    /// <summary>The header value a sender puts on a delivery of <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body) =>
        $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(Compute(secret, timestamp, body))}";

    /// <summary>
    /// Null when the header carries a valid signature of the body (any of several v1 values, as
    /// during a secret rotation), else why not. A tolerance of 0 skips the age check, because senders
    /// under test may run on a fake clock.
    /// </summary>
    public static string? Verify(string? header, string secret, ReadOnlySpan<byte> body, DateTimeOffset now, int toleranceSeconds)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return $"the {HeaderName} header is missing";
        }

        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = part.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (part[..at], part[(at + 1)..]) : (part, string.Empty);
            if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                timestamp = seconds;
            }
            else if (key == "v1" && value.Length == 64 && TryDecodeHex(value) is { } signature)
            {
                signatures.Add(signature);
            }
        }

        if (timestamp is not { } t)
        {
            return "the signature has no t=<unix seconds>";
        }

        if (signatures.Count == 0)
        {
            return "the signature has no v1=<64 hex digits>";
        }

        if (toleranceSeconds > 0 && Math.Abs(now.ToUnixTimeSeconds() - t) > toleranceSeconds)
        {
            return $"the timestamp is more than {toleranceSeconds} s away from the receiver's clock";
        }

        var expected = Compute(secret, t, body);
        var matches = false;
        foreach (var signature in signatures)
        {
            // Every candidate is compared, in constant time, so timing tells nothing about which or how much matched.
            matches |= CryptographicOperations.FixedTimeEquals(signature, expected);
        }

        return matches ? null : "the signature does not match the body and the receiver's secret";
    }

    private static byte[] Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static byte[]? TryDecodeHex(string hex)
    {
        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
