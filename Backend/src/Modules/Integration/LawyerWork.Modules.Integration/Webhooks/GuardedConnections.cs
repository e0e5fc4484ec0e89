using System.Net;
using System.Net.Sockets;

namespace LawyerWork.Modules.Integration.Webhooks;

/// <summary>
/// The webhook client's connect step: resolves the host itself and refuses to open a socket to a
/// forbidden address (unless the request's origin is on the allow-list), so a name that resolved to a
/// public address when the subscription was saved cannot be turned against the internal network later.
/// </summary>
public static class GuardedConnections
{
    public static SocketsHttpHandler Handler(WebhookTargets targets) => new()
    {
        AllowAutoRedirect = false, // a redirect would leave the checked address
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2), // DNS changes are picked up, and checked again
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            var origin = context.InitialRequestMessage.RequestUri;
            var admitted = origin is not null && targets.IsAllowedOrigin(origin);
            var usable = admitted ? addresses : addresses.Where(a => !WebhookTargets.IsForbidden(a)).ToArray();
            if (usable.Length == 0 || (!admitted && usable.Length != addresses.Length))
            {
                throw new ForbiddenTargetException();
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(usable, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}

/// <summary>The connection was refused because the target resolved to a forbidden address; sending again cannot help.</summary>
public sealed class ForbiddenTargetException() : Exception("The webhook target resolves to a forbidden address.");
