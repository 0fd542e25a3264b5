using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>
/// The addresses this host listens on (from the server's <see cref="IServerAddressesFeature"/>), to tell whether a
/// connector address would be this host itself: a channel that answers the bot must never be the bot.
/// </summary>
public sealed class HostAddresses(IServer server)
{
    public async Task<bool> IsThisHostAsync(Uri target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var listening = Listening().Where(b => b.Port == target.Port).ToList();
        if (listening.Count == 0)
        {
            return false;
        }

        var targetAddresses = await ResolveAsync(target.IdnHost, cancellationToken).ConfigureAwait(false);
        if (targetAddresses.Count == 0)
        {
            return false;
        }

        var local = LocalAddresses();
        foreach (var binding in listening)
        {
            if (binding.Host is "*" or "+" or "0.0.0.0" or "[::]" or "::")
            {
                if (targetAddresses.Any(a => IPAddress.IsLoopback(a) || local.Contains(a)))
                {
                    return true;
                }
            }
            else if (string.Equals(binding.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                if (targetAddresses.Any(IPAddress.IsLoopback))
                {
                    return true;
                }
            }
            else if (IPAddress.TryParse(binding.Host.Trim('[', ']'), out var bound) && targetAddresses.Contains(Normalise(bound)))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<BindingAddress> Listening()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            BindingAddress binding;
            try
            {
                binding = BindingAddress.Parse(address);
            }
            catch (FormatException)
            {
                continue;
            }

            yield return binding;
        }
    }

    private static async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return [Normalise(literal)];
        }

        try
        {
            var resolved = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            return [.. resolved.Select(Normalise)];
        }
        catch (SocketException)
        {
            return [];
        }
    }

    private static HashSet<IPAddress> LocalAddresses()
    {
        var set = new HashSet<IPAddress>();
        try
        {
            foreach (var unicast in NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses))
            {
                set.Add(Normalise(unicast.Address));
            }
        }
        catch (NetworkInformationException)
        {
            // Without the interface list only loopback counts as this machine; the path and budget checks still apply.
        }

        return set;
    }

    private static IPAddress Normalise(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
