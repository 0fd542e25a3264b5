using Xunit;
using System.Diagnostics;
using StackExchange.Redis;

namespace ShopBot.TestSupport;

/// <summary>
/// The Redis the tests run against: the one test.sh started (SHOPBOT_TEST_REDIS), or else a throwaway redis-server on
/// a free loopback port, stopped when the tests end. Tests keep apart through distinct key prefixes.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private string? _pidFile;
    private string? _workDirectory;

    public string Endpoint { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("SHOPBOT_TEST_REDIS");
        if (!string.IsNullOrWhiteSpace(given))
        {
            Endpoint = given;
            return;
        }

        var port = LoopbackPorts.Free();
        _workDirectory = Directory.CreateTempSubdirectory("shopbot-redis-").FullName;
        _pidFile = Path.Combine(_workDirectory, "redis.pid");
        using (var process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--daemonize", "yes", "--pidfile", _pidFile, "--dir", _workDirectory, "--logfile", Path.Combine(_workDirectory, "redis.log")]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("redis-server did not start; install it (apt-get install redis-server) or set SHOPBOT_TEST_REDIS."))
        {
            await process.WaitForExitAsync();
        }

        Endpoint = "127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                await using var probe = await ConnectAsync();
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("redis-server did not answer on " + Endpoint);
    }

    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(Endpoint + ",abortConnect=true,connectTimeout=2000");

    /// <summary>Removes a test's keys, so a shared server does not fill up with test data.</summary>
    public static async Task DeleteKeysAsync(IConnectionMultiplexer connection, string prefix)
    {
        foreach (var server in connection.GetServers())
        {
            await foreach (var key in server.KeysAsync(pattern: "{" + prefix + "}:*"))
            {
                await connection.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }

    public Task DisposeAsync()
    {
        if (_pidFile is not null && File.Exists(_pidFile)
            && int.TryParse(File.ReadAllText(_pidFile).Trim(), out var pid))
        {
            try
            {
                using var server = Process.GetProcessById(pid);
                server.Kill();
                server.WaitForExit(5_000);
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        if (_workDirectory is not null)
        {
            Directory.Delete(_workDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
