extern alias bot;

using System.Diagnostics;
using System.Globalization;
using bot::ShopBot.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Finance;
using ShopBot.Knowledge.Orders;
using StackExchange.Redis;

namespace ShopBot.Bench;

/// <summary>
/// Cases on Redis (<see cref="RedisCaseStore"/>): opens per second one at a time and with 50 in flight, resolves per
/// second, then among 30 days of cases: the finance register of the last day and of a mid-month day (it reads every
/// case changed since that day, since a case opened then may have changed later), and one buyer's list.
/// Redis address: first argument, else SHOPBOT_BENCH_REDIS, else a throwaway redis-server on a free loopback port.
/// </summary>
internal sealed class CaseStoreBenchmark : IBenchmark
{
    private const int Days = 30;
    private const int CasesPerDay = 1_000;
    private const int Buyers = 500;
    private const int InFlight = 50;
    private const string Order = "3615280417723305921";

    public string Name => "cases";

    public async Task RunAsync(IReadOnlyList<string> arguments)
    {
        var address = arguments.Count > 0 ? arguments[0] : Environment.GetEnvironmentVariable("SHOPBOT_BENCH_REDIS");
        using var own = string.IsNullOrWhiteSpace(address) ? QueueBenchmark.ThrowawayRedis.Start() : null;
        address = own?.Address ?? address!;
        Console.WriteLine($"redis at {address}{(own is null ? "" : " (throwaway)")}, {Environment.ProcessorCount} cores");
        await using var redis = await ConnectionMultiplexer.ConnectAsync(address);
        var prefix = "bench-" + Guid.NewGuid().ToString("N");
        var clock = new SteppingClock(new DateTimeOffset(2026, 11, 1, 9, 0, 0, ShanghaiTime.Offset));
        var store = new RedisCaseStore(redis, Options.Create(new HandoffOptions { RedisKeyPrefix = prefix }), clock, NullLogger<RedisCaseStore>.Instance);
        try
        {
            var rows = new List<(string, string)>();
            var ids = new List<string>();
            for (var day = 0; day < Days; day++)
            {
                clock.Now = new DateTimeOffset(2026, 11, 1, 9, 0, 0, ShanghaiTime.Offset).AddDays(day);
                var parallel = day == 0 ? 1 : InFlight;
                var (perSecond, opened) = await MeasureAsync(CasesPerDay, parallel, i =>
                    store.OpenAsync(CaseDraft.Refund("buyer" + ((day * CasesPerDay + i) % Buyers), "c" + i, Order, "拍错了")));
                ids.AddRange(opened.Select(c => c.Id));
                if (day is 0 or 1)
                {
                    rows.Add(($"open, {parallel} in flight", Rate(perSecond)));
                }
            }

            var (resolves, _) = await MeasureAsync(CasesPerDay, InFlight, i => store.ResolveAsync(ids[^(i + 1)], new CaseResolution("bench", Refund: 10m)));
            rows.Add(($"resolve (WATCH/MULTI), {InFlight} in flight", Rate(resolves)));

            var register = new FinanceRegister(store);
            foreach (var date in new[] { new DateOnly(2026, 11, Days), new DateOnly(2026, 11, Days / 2) })
            {
                var registerRows = await register.BuildAsync(date);
                rows.Add(($"register of {date:MM-dd} ({registerRows.Count} rows, {Days * CasesPerDay} cases)", Latency(await TimeAsync(() => register.BuildAsync(date)))));
            }

            var buyerCases = await store.ListAsync(new CaseQuery { BuyerId = "buyer7" });
            rows.Add(($"one buyer's cases ({buyerCases.Count})", Latency(await TimeAsync(() => store.ListAsync(new CaseQuery { BuyerId = "buyer7" })))));
            rows.Add(("newest 200 of all cases", Latency(await TimeAsync(() => store.ListAsync(new CaseQuery())))));

            Console.WriteLine();
            Console.WriteLine($"{"operation",-58} {"figure",18}");
            foreach (var (operation, figure) in rows)
            {
                Console.WriteLine($"{operation,-58} {figure,18}");
            }
        }
        finally
        {
            var server = redis.GetServers()[0];
            await foreach (var key in server.KeysAsync(pattern: "{" + prefix + "}:*"))
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }

    private static async Task<(double PerSecond, CaseRecord[] Results)> MeasureAsync(int count, int parallel, Func<int, Task<CaseRecord>> operation)
    {
        var results = new CaseRecord[count];
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                results[i] = await operation(i);
            }
        }));
        return (count / wall.Elapsed.TotalSeconds, results);
    }

    /// <summary>Median of 21 runs, in milliseconds.</summary>
    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var times = new List<double>();
        for (var run = 0; run < 21; run++)
        {
            var start = Stopwatch.GetTimestamp();
            await call();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static string Rate(double perSecond) => string.Create(CultureInfo.InvariantCulture, $"{perSecond:0} /s");

    private static string Latency(double milliseconds) => string.Create(CultureInfo.InvariantCulture, $"{milliseconds:0.0} ms median");

    /// <summary>A clock the benchmark moves day by day, so that cases spread over a month as in a shop.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
