using System.Net;
using System.Net.Sockets;
using LawyerWork.BuildingBlocks.Localization;
using Microsoft.Extensions.Configuration;

namespace LawyerWork.Modules.Integration.Webhooks;

/// <summary>
/// Where webhooks may go (server-side request forgery): https only, never to loopback, link-local,
/// private, shared, multicast or reserved addresses — checked when a subscription is saved and again
/// on every connection after DNS resolution (a name may be re-pointed after it was checked).
/// <c>Webhooks:AllowedTargets</c> lists origins (scheme://host:port) admitted anyway: empty by
/// default; the tests and <c>build.ps1 run -WithSimulators</c> admit their loopback receiver.
/// </summary>
public sealed class WebhookTargets(IConfiguration configuration)
{
    private readonly HashSet<string> allowed = (configuration.GetSection("Webhooks:AllowedTargets").Get<string[]>() ?? [])
        .Select(o => Uri.TryCreate(o, UriKind.Absolute, out var uri) ? Origin(uri) : o)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool IsAllowedOrigin(Uri uri) => allowed.Contains(Origin(uri));

    /// <summary>Why the URL may not be a webhook target, or null when it may.</summary>
    public async Task<string?> RefusalAsync(string? url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return Bilingual.Text("请填写完整的 https 地址。", "Give a full https URL.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return Bilingual.Text("地址中不得含用户名、密码或片段（#）。", "The URL may carry no user name, password or fragment (#).");
        }

        if (IsAllowedOrigin(uri))
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return Bilingual.Text("只接受 https 地址。", "Only https URLs are accepted.");
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.DnsSafeHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.DnsSafeHost, cancellationToken);
        }
        catch (SocketException)
        {
            return Bilingual.Text("无法解析该地址的主机名。", "The URL's host name does not resolve.");
        }

        return addresses.Length == 0 || addresses.Any(IsForbidden)
            ? Bilingual.Text("不得指向本机、内网、链路本地或保留地址。", "The URL may not point at this machine, a private, link-local or reserved address.")
            : null;
    }

    /// <summary>Loopback, private (RFC 1918, fc00::/7), shared (100.64/10), link-local (cloud metadata at 169.254.169.254), multicast, reserved.</summary>
    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
                || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) // 64:ff9b::/96 NAT64 may embed any IPv4
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8); // 2001:db8::/32 documentation
        }

        var v4 = address.GetAddressBytes();
        return v4[0] switch
        {
            0 or 10 or 127 => true,
            100 => v4[1] is >= 64 and <= 127,
            169 => v4[1] == 254,
            172 => v4[1] is >= 16 and <= 31,
            192 => (v4[1] == 168) || (v4[1] == 0 && v4[2] is 0 or 2),
            198 => v4[1] is 18 or 19 || (v4[1] == 51 && v4[2] == 100),
            203 => v4[1] == 0 && v4[2] == 113,
            >= 224 => true,
            _ => false,
        };
    }

    private static string Origin(Uri uri) => $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";
}
