using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace ShopBot.Bench;

/// <summary>
/// Closed loop, same machine, same run: N virtual buyers each send a message and wait for the bot's reply (Direct Line
/// polling: post then read from the watermark; WebSocket: post then wait on the stream), against bare Kestrel answering
/// a JSON POST. Both servers run as their own processes; the bot is the shipped host (in-memory state unless
/// <c>--redis HOST:PORT</c>). Prints turns per second, p50 and p99 for each, and the bot's share of the bare rate.
/// <c>--warmup SECONDS</c> first runs unmeasured turns (half polling, half on the stream) so the rounds measure the
/// host's steady state rather than its just-in-time compilation; <c>--host PATH</c> runs another build of the host.
/// Beside them, the channel floor: the same host and endpoints with an echo bot (<see cref="ChannelFloor"/>), the cost
/// of the protocol alone. Also <c>idle N</c>: starts N conversations and reports the host's resident memory.
/// </summary>
internal sealed partial class TurnsBenchmark : IBenchmark
{
    private const string Secret = "bench-directline-secret-0123456789";
    private static readonly string[] Messages = ["你好", "我的快递到哪了", "什么时候发货", "怎么开发票", "好的谢谢"];

    /// <summary>The allocation probe's file of each server started with one, by process id.</summary>
    private static readonly Dictionary<int, string> AllocationFiles = [];

    private const string FloorPollingName = "channel floor (echo bot), polling";
    private const string FloorSocketName = "channel floor (echo bot), WebSocket";

    public string Name => "turns";

    public async Task RunAsync(IReadOnlyList<string> arguments)
    {
        var servers = new List<Process>();
        try
        {
            await RunAsync(arguments, servers);
        }
        finally
        {
            // The servers are child processes: stop them here, not on exit, where their Process objects are already disposed.
            servers.ForEach(Stop);
        }
    }

    private static async Task RunAsync(IReadOnlyList<string> arguments, List<Process> servers)
    {
        var buyers = IntOption(arguments, "--buyers", 50);
        var seconds = IntOption(arguments, "--seconds", 10);
        var redis = StringOption(arguments, "--redis");
        var idle = IntOption(arguments, "--idle", 0);
        // Bare Kestrel and the channel floor only: quicker rounds, and a floor process to profile on its own.
        var floorOnly = arguments.Contains("--floor-only");
        var bareUrl = $"http://127.0.0.1:{FreePort()}";
        var botUrl = $"http://127.0.0.1:{FreePort()}";
        var bare = StartProcess("dotnet", [typeof(TurnsBenchmark).Assembly.Location, "bare-server", bareUrl], allocationFile: AllocationProbe.FileFor(new Uri(bareUrl).Port));
        servers.Add(bare);
        var bot = floorOnly ? null : StartBot(botUrl, redis, StringOption(arguments, "--host"));
        if (bot is not null)
        {
            servers.Add(bot);
        }

        var floorUrl = $"http://127.0.0.1:{FreePort()}";
        var floor = idle > 0 ? null : StartBot(floorUrl, redis, StringOption(arguments, "--host"), channelFloor: true);
        if (floor is not null)
        {
            servers.Add(floor);
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { Timeout = TimeSpan.FromSeconds(30) };
        await WaitReadyAsync(http, bareUrl + "/bare", HttpMethod.Post);
        if (bot is not null)
        {
            await WaitReadyAsync(http, botUrl + "/health", HttpMethod.Get);
        }

        if (floor is not null)
        {
            await WaitReadyAsync(http, floorUrl + "/health", HttpMethod.Get);
            Console.WriteLine($"channel floor host: process {floor.Id}" + (bot is null ? string.Empty : $", bot host: process {bot.Id}"));
        }

        if (idle > 0)
        {
            await IdleAsync(http, botUrl, bot ?? throw new InvalidOperationException("--idle measures the bot host, not --floor-only."), idle);
            return;
        }

        var rounds = IntOption(arguments, "--rounds", 1);
        var warmup = IntOption(arguments, "--warmup", 0);
        var conversationTurns = IntOption(arguments, "--conversation-turns", 0);
        // One whole turn first, without a deadline: the first turn loads (or trains) the intent model.
        if (bot is not null)
        {
            await WarmUpAsync(botUrl);
        }

        await WarmUpAsync(floorUrl);
        if (warmup > 0)
        {
            // Turns under load, not measured, until the runtime has compiled the hot paths at full optimisation
            // (tiered compilation): otherwise the first rounds measure the JIT compiler as much as the turn.
            if (bot is not null)
            {
                var half = TimeSpan.FromSeconds(warmup / 2.0);
                await RunLoopsAsync(await Task.WhenAll(Enumerable.Range(0, buyers).Select(i => PollingBuyerAsync(http, botUrl, i, conversationTurns))), half);
                await RunLoopsAsync(await Task.WhenAll(Enumerable.Range(0, buyers).Select(i => StreamingBuyerAsync(http, botUrl, i, conversationTurns))), half);
            }

            var quarter = TimeSpan.FromSeconds(warmup / 4.0);
            await RunLoopsAsync(await Task.WhenAll(Enumerable.Range(0, buyers).Select(i => PollingBuyerAsync(http, floorUrl, i, conversationTurns))), quarter);
            await RunLoopsAsync(await Task.WhenAll(Enumerable.Range(0, buyers).Select(i => StreamingBuyerAsync(http, floorUrl, i, conversationTurns))), quarter);
        }

        Console.WriteLine($"{buyers} buyers, {seconds} s per run, {rounds} round(s), {warmup} s of warm-up turns, "
            + $"{(conversationTurns > 0 ? $"a new conversation every {conversationTurns} turns" : "one conversation per buyer and run")}, bot on {(redis is null ? "in-memory state" : "Redis " + redis)}");
        var bareRuns = new List<LatencyStats>();
        var pollingRuns = new List<LatencyStats>();
        var socketRuns = new List<LatencyStats>();
        var floorPollingRuns = new List<LatencyStats>();
        var floorSocketRuns = new List<LatencyStats>();
        for (var round = 1; round <= rounds; round++)
        {
            var bareStats = await ClosedLoopAsync(buyers, seconds, bare, _ => Task.FromResult<Func<Task>>(async () =>
            {
                using var response = await http.PostAsync(bareUrl + "/bare", new StringContent("""{"type":"message","text":"你好"}""", Encoding.UTF8, "application/json"));
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            }));
            Print("bare Kestrel (one JSON POST)", bareStats, null);
            if (bot is not null)
            {
                var polling = await ClosedLoopAsync(buyers, seconds, bot, i => PollingBuyerAsync(http, botUrl, i, conversationTurns));
                Print("bot turn, Direct Line polling", polling, bareStats);
                var socket = await ClosedLoopAsync(buyers, seconds, bot, i => StreamingBuyerAsync(http, botUrl, i, conversationTurns));
                Print("bot turn, Direct Line WebSocket", socket, bareStats);
                pollingRuns.Add(polling);
                socketRuns.Add(socket);
            }

            var floorPolling = await ClosedLoopAsync(buyers, seconds, floor!, i => PollingBuyerAsync(http, floorUrl, i, conversationTurns));
            Print(FloorPollingName, floorPolling, bareStats);
            var floorSocket = await ClosedLoopAsync(buyers, seconds, floor!, i => StreamingBuyerAsync(http, floorUrl, i, conversationTurns));
            Print(FloorSocketName, floorSocket, bareStats);
            bareRuns.Add(bareStats);
            floorPollingRuns.Add(floorPolling);
            floorSocketRuns.Add(floorSocket);
        }

        if (rounds > 1)
        {
            Console.WriteLine("medians of the rounds (each share is of the same round's bare run):");
            PrintMedians("bare Kestrel (one JSON POST)", bareRuns, null);
            if (bot is not null)
            {
                PrintMedians("bot turn, Direct Line polling", pollingRuns, bareRuns);
                PrintMedians("bot turn, Direct Line WebSocket", socketRuns, bareRuns);
            }

            PrintMedians(FloorPollingName, floorPollingRuns, bareRuns);
            PrintMedians(FloorSocketName, floorSocketRuns, bareRuns);
        }

        if (bot is not null)
        {
            Console.WriteLine($"bot host resident memory after the runs: {ResidentMegabytes(bot):0} MB");
        }
    }

    public static bool TryRunServer(string[] args)
    {
        if (args is ["bare-server", var url])
        {
            BareServer.RunAsync(url).GetAwaiter().GetResult();
            return true;
        }

        return false;
    }

    private static async Task<LatencyStats> ClosedLoopAsync(int buyers, int seconds, Process server, Func<int, Task<Func<Task>>> createBuyer)
    {
        var loops = await Task.WhenAll(Enumerable.Range(0, buyers).Select(createBuyer));
        // A short warm-up, then the measured run.
        await RunLoopsAsync(loops, TimeSpan.FromSeconds(2));
        var cpu = CpuSeconds(server);
        var faults = MinorPageFaults(server);
        var allocated = AllocationProbe.Read(AllocationFiles.GetValueOrDefault(server.Id));
        var stats = await RunLoopsAsync(loops, TimeSpan.FromSeconds(seconds));
        stats.ServerCpuSeconds = CpuSeconds(server) - cpu;
        stats.ServerPageFaults = MinorPageFaults(server) - faults;
        // The probe writes every 20 ms: wait for a figure written after the run.
        await Task.Delay(50);
        stats.ServerAllocatedBytes = AllocationProbe.Read(AllocationFiles.GetValueOrDefault(server.Id)) - allocated;
        return stats;
    }

    /// <summary>User and system CPU time of a process (Linux /proc, in clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(Process process)
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>
    /// Minor page faults of a process (Linux /proc): a fresh page the kernel zeroes for it, mostly the GC committing
    /// memory again for new objects after it gave some back.
    /// </summary>
    private static long MinorPageFaults(Process process)
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        return long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[7], CultureInfo.InvariantCulture);
    }

    private static async Task<LatencyStats> RunLoopsAsync(Func<Task>[] loops, TimeSpan duration)
    {
        var ticks = new System.Collections.Concurrent.ConcurrentBag<long>();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(loops.Select(async turn =>
        {
            while (wall.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                await turn();
                ticks.Add(Stopwatch.GetTimestamp() - start);
            }
        }));
        return new LatencyStats([.. ticks], wall.Elapsed);
    }

    private static async Task WarmUpAsync(string botUrl)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var turn = await PollingBuyerAsync(http, botUrl, 0);
        await turn();
    }

    private static void PrintMedians(string name, List<LatencyStats> runs, List<LatencyStats>? bare)
    {
        var rate = Median(runs.Select(r => r.PerSecond));
        var p50 = Median(runs.Select(r => r.PercentileMicroseconds(50))) / 1000;
        var p99 = Median(runs.Select(r => r.PercentileMicroseconds(99))) / 1000;
        var cpu = Median(runs.Select(r => r.ServerCpuMicrosecondsPerCall));
        var bytes = Median(runs.Select(r => r.ServerBytesPerCall ?? 0)) / 1024;
        var faults = Median(runs.Select(r => r.ServerPageFaultsPerCall));
        var ratio = bare is null ? string.Empty : string.Create(CultureInfo.InvariantCulture,
            $"; {Median(runs.Select((r, i) => r.PerSecond / bare[i].PerSecond)) * 100:0.0}% of the bare rate, p99 {Median(runs.Select((r, i) => r.PercentileMicroseconds(99) / bare[i].PercentileMicroseconds(99))):0.0}x the bare p99");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} {rate,8:0} per second, p50 {p50,7:0.0} ms, p99 {p99,7:0.0} ms, server CPU {cpu,6:0} µs, {bytes,5:0.0} KB allocated, {faults,5:0.00} page faults per call{ratio}"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Print(string name, LatencyStats stats, LatencyStats? bare)
    {
        var ratio = bare is null ? string.Empty : string.Create(CultureInfo.InvariantCulture,
            $"; {stats.PerSecond / bare.PerSecond * 100:0.0}% of the bare rate, p99 {stats.PercentileMicroseconds(99) / bare.PercentileMicroseconds(99):0.0}x the bare p99");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} {stats.PerSecond,8:0} per second, p50 {stats.PercentileMicroseconds(50) / 1000,7:0.0} ms, p99 {stats.PercentileMicroseconds(99) / 1000,7:0.0} ms, server CPU {stats.ServerCpuMicrosecondsPerCall,6:0} µs, {(stats.ServerBytesPerCall ?? 0) / 1024,5:0.0} KB allocated, {stats.ServerPageFaultsPerCall,5:0.00} page faults per call{ratio}"));
    }

    /// <summary>
    /// The shipped host from the Release build, or <paramref name="host"/> (another build's ShopBot.Bot.dll, to compare two
    /// builds); with <paramref name="channelFloor"/>, the same host with an echo bot and no turn middleware (<see cref="ChannelFloor"/>).
    /// </summary>
    private static Process StartBot(string url, string? redis, string? host, bool channelFloor = false)
    {
        var root = FindRoot();
        var dll = host ?? Directory.GetFiles(Path.Combine(root, "src", "Bot", "bin", "Release"), "ShopBot.Bot.dll", SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new InvalidOperationException("Build the host first: dotnet build -c Release src/Bot");
        // As deployed: Production (no developer exception page, no sample-buyer login), which refuses to start without
        // console keys of its own, so the run makes fresh ones.
        List<string> arguments = [dll, "--urls", url, "--DirectLine:Secret", Secret, "--DirectLine:RateLimitPermits", "10000",
            "--Serilog:MinimumLevel:Default", "Warning",
            "--Consoles:Trainers:0:Key", "bench-trainer-" + Guid.NewGuid().ToString("N"), "--Consoles:Trainers:0:Name", "压测培训师",
            "--Consoles:Agents:0:Key", "bench-agent-" + Guid.NewGuid().ToString("N"), "--Consoles:Agents:0:AgentId", "压测客服", "--Consoles:Agents:0:Name", "压测客服"];
        if (redis is not null)
        {
            arguments.AddRange(["--ConnectionStrings:Redis", redis, "--Handoff:RedisKeyPrefix", "bench-" + Guid.NewGuid().ToString("N")]);
        }

        return StartProcess("dotnet", arguments, root, AllocationProbe.FileFor(new Uri(url).Port), channelFloor);
    }

    /// <summary>
    /// Starts a server; with <paramref name="allocationFile"/>, this assembly is loaded into it as a startup hook that
    /// reports the bytes it allocates (<see cref="AllocationProbe"/>).
    /// </summary>
    private static Process StartProcess(string file, IReadOnlyList<string> arguments, string? workingDirectory = null, string? allocationFile = null, bool channelFloor = false)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = Environments.Production;
        if (allocationFile is not null)
        {
            start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(TurnsBenchmark).Assembly.Location;
            start.Environment[AllocationProbe.FileVariable] = allocationFile;
            start.Environment[ChannelFloor.Variable] = channelFloor ? "1" : "0";
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        if (allocationFile is not null)
        {
            AllocationFiles[process.Id] = allocationFile;
        }

        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("[server] " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        // After the process, whose probe writes until it exits.
        if (AllocationFiles.Remove(process.Id, out var allocationFile))
        {
            File.Delete(allocationFile);
            File.Delete(allocationFile + ".tmp");
        }
    }

    private static async Task WaitReadyAsync(HttpClient http, string url, HttpMethod method)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                using var request = new HttpRequestMessage(method, url) { Content = method == HttpMethod.Post ? new StringContent("{}") : null };
                using var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(url + " did not come up.");
            }

            await Task.Delay(500);
        }
    }

    private static double ResidentMegabytes(Process process)
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }

    private static int IntOption(IReadOnlyList<string> arguments, string name, int fallback) =>
        StringOption(arguments, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? StringOption(IReadOnlyList<string> arguments, string name)
    {
        var index = arguments.ToList().IndexOf(name);
        return index >= 0 && index + 1 < arguments.Count ? arguments[index + 1] : null;
    }
}
