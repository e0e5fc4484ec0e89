using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LawyerWork.Modules.Integration.Webhooks;

/// <summary>
/// The <c>LawyerWork-Signature</c> header: <c>t={unix seconds},v1={hex HMAC-SHA256(secret, "{t}." + body)}</c>.
/// The timestamp is signed with the body so a captured delivery cannot be replayed later than the
/// receiver's tolerance (docs/integration.md has verification code in C# and Python).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "LawyerWork-Signature";
    public const string EventIdHeader = "LawyerWork-Event-Id";
    public const string EventTypeHeader = "LawyerWork-Event-Type";
    public const string DeliveryIdHeader = "LawyerWork-Delivery-Id";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>A new secret: 32 random bytes, base64url, with a prefix that makes a leaked one easy to recognise.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
