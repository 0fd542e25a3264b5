using System.Net;
using System.Net.Sockets;

namespace ShopBot.TestSupport;

/// <summary>Loopback ports for servers a test starts (Redis, the host as a process, Kestrel at a fixed address).</summary>
public static class LoopbackPorts
{
    /// <summary>A port free at the moment of asking (the system's choice for a listener on port 0).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
