using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace ShopBot.Bot.Tests.Hosting;

/// <summary>
/// A redis-server of the test's own (never the shared one) on a free loopback port, with an append-only file written
/// before each write is acknowledged, so it can be killed like a crash and started again with everything it had
/// acknowledged.
/// </summary>
internal sealed class RestartableRedisServer : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shopbot-outage-redis-").FullName;
    private Process? _process;

    private RestartableRedisServer(int port) => Port = port;

    public int Port { get; }

    public string Endpoint => "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    public static async Task<RestartableRedisServer> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var server = new RestartableRedisServer(port);
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts redis-server on the same port and folder (it reloads its append-only file) and waits for PING.</summary>
    public async Task RestartAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder, "--save", "",
             "--appendonly", "yes", "--appendfsync", "always", "--logfile", Path.Combine(_folder, "redis.log")]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("redis-server did not start; install it (apt-get install redis-server).");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(Endpoint + ",abortConnect=true,connectTimeout=1000");
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(100);
            }
            catch (RedisServerException loading) when (loading.Message.StartsWith("LOADING", StringComparison.Ordinal))
            {
                // Up, but still reading its append-only file (slow on a busy machine): not ready yet.
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("redis-server did not answer on " + Endpoint);
    }

    /// <summary>
    /// Holds every write (and script) sent in the next <paramref name="duration"/> and runs it afterwards (CLIENT PAUSE
    /// WRITE), as a server stalled by a slow disk: a caller that gave up waiting finds its write done later.
    /// </summary>
    public async Task PauseWritesAsync(TimeSpan duration)
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync(Endpoint + ",abortConnect=true,connectTimeout=1000,allowAdmin=true");
        await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", (long)duration.TotalMilliseconds, "WRITE");
    }

    /// <summary>Kills the server outright (SIGKILL), as a crash or a lost machine would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
