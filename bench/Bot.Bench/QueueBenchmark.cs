using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Redis;
using StackExchange.Redis;

namespace ShopBot.Bench;

/// <summary>
/// Handoff queue on Redis: enqueue and claim-next operations per second through <see cref="RedisHandoffStore"/> (one Lua
/// script each), one at a time and with 50 in flight, then <c>redis-benchmark -t lpush,rpop</c> (50 clients) on the
/// same server in the same run, as the floor of what a list push and pop cost there.
/// Redis address: first argument, else SHOPBOT_BENCH_REDIS, else a throwaway redis-server on a free loopback port.
/// </summary>
internal sealed class QueueBenchmark : IBenchmark
{
    private const int Operations = 20_000;
    private const int InFlight = 50;

    public string Name => "queue";

    public async Task RunAsync(IReadOnlyList<string> arguments)
    {
        var address = arguments.Count > 0 ? arguments[0] : Environment.GetEnvironmentVariable("SHOPBOT_BENCH_REDIS");
        using var own = string.IsNullOrWhiteSpace(address) ? ThrowawayRedis.Start() : null;
        address = own?.Address ?? address!;
        var (host, port) = Split(address);
        Console.WriteLine($"redis at {host}:{port}{(own is null ? "" : " (throwaway)")}, {Environment.ProcessorCount} cores");

        await using var redis = await ConnectionMultiplexer.ConnectAsync(address);
        var rows = new List<(string Operation, double PerSecond)>();
        foreach (var parallel in new[] { 1, InFlight })
        {
            var options = Options.Create(new HandoffOptions { RedisKeyPrefix = "bench-" + Guid.NewGuid().ToString("N"), DefaultCapacity = Operations, MaxQueuedPerChannel = Operations });
            var store = new RedisHandoffStore(redis, options);
            var now = DateTimeOffset.UtcNow;
            var agents = Enumerable.Range(0, parallel).Select(i => "agent" + i).ToArray();
            foreach (var agent in agents)
            {
                await store.SetPresenceAsync(agent, AgentPresence.Online, now);
            }

            var enqueue = await MeasureAsync(parallel, i => store.EnqueueAsync(
                new HandoffRequest("c" + i, "b" + i, "buyer asked for a person", "logistics", (HandoffPriority)(i % 3), "where is my parcel"), "bot", now.AddMilliseconds(i)));
            var claim = await MeasureAsync(parallel, i => store.ClaimNextAsync(agents[i % parallel], now.AddMinutes(1)));
            var left = (await store.ListQueueAsync()).Count;
            if (left != 0)
            {
                throw new InvalidOperationException($"{left} conversations were not claimed");
            }

            rows.Add(($"enqueue (RedisHandoffStore), {parallel} in flight", enqueue));
            rows.Add(($"claim next (RedisHandoffStore), {parallel} in flight", claim));
            await DeleteKeysAsync(redis, options.Value.RedisKeyPrefix);
        }

        rows.AddRange(await RedisBenchmarkAsync(host, port));
        Console.WriteLine();
        Console.WriteLine($"{"operation",-58} {"ops/s",10}");
        foreach (var (operation, perSecond) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{operation,-58} {perSecond,10:0}"));
        }
    }

    private static async Task<double> MeasureAsync(int parallel, Func<int, Task> operation)
    {
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < Operations; i = Interlocked.Increment(ref next))
            {
                await operation(i);
            }
        }));
        return Operations / wall.Elapsed.TotalSeconds;
    }

    private static async Task<IEnumerable<(string, double)>> RedisBenchmarkAsync(string host, int port)
    {
        var info = new ProcessStartInfo("redis-benchmark",
            ["-h", host, "-p", port.ToString(CultureInfo.InvariantCulture), "-t", "lpush,rpop", "-n", "100000", "-q"])
        { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("redis-benchmark did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        // -q prints progress lines ending in \r and one final line per test: "LPUSH: 98039.22 requests per second, p50=...".
        return output.Split('\r', '\n')
            .Where(line => line.Contains("requests per second", StringComparison.Ordinal))
            .Select(line => (
                $"{line[..line.IndexOf(':', StringComparison.Ordinal)]} (redis-benchmark, 50 clients)",
                double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)));
    }

    private static async Task DeleteKeysAsync(ConnectionMultiplexer redis, string prefix)
    {
        var server = redis.GetServers()[0];
        await foreach (var key in server.KeysAsync(pattern: "{" + prefix + "}:*"))
        {
            await redis.GetDatabase().KeyDeleteAsync(key);
        }
    }

    private static (string Host, int Port) Split(string address)
    {
        var colon = address.LastIndexOf(':');
        return colon < 0 ? (address, 6379) : (address[..colon], int.Parse(address[(colon + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>A redis-server on a free loopback port, killed on dispose.</summary>
    internal sealed class ThrowawayRedis : IDisposable
    {
        private readonly string _directory;

        private ThrowawayRedis(string directory, string address)
        {
            _directory = directory;
            Address = address;
        }

        public string Address { get; }

        public static ThrowawayRedis Start()
        {
            int port;
            using (var listener = new TcpListener(IPAddress.Loopback, 0))
            {
                listener.Start();
                port = ((IPEndPoint)listener.LocalEndpoint).Port;
            }

            var directory = Directory.CreateTempSubdirectory("shopbot-bench-redis-").FullName;
            using var process = Process.Start(new ProcessStartInfo("redis-server",
                ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "yes",
                 "--pidfile", Path.Combine(directory, "redis.pid"), "--dir", directory, "--logfile", Path.Combine(directory, "redis.log")]) { UseShellExecute = false })
                ?? throw new InvalidOperationException("redis-server did not start");
            process.WaitForExit();
            var address = "127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
            for (var attempt = 0; attempt < 50 && !File.Exists(Path.Combine(directory, "redis.pid")); attempt++)
            {
                Thread.Sleep(100);
            }

            return new ThrowawayRedis(directory, address);
        }

        public void Dispose()
        {
            var pidFile = Path.Combine(_directory, "redis.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
            {
                using var server = Process.GetProcessById(pid);
                server.Kill();
                server.WaitForExit(5_000);
            }

            Directory.Delete(_directory, recursive: true);
        }
    }
}
