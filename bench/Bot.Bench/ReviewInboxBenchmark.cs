extern alias bot;

using System.Diagnostics;
using System.Globalization;
using bot::ShopBot.Bot.Records;
using bot::ShopBot.Bot.Trainers.Review;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using StackExchange.Redis;

namespace ShopBot.Bench;

/// <summary>
/// The review inbox over 30 days of turn records, in memory and on Redis, side by side with the way it was read before
/// the index: every turn of the 30 days (one range read of the turns set), grouped by conversation, then the
/// conversations with a line to review kept. Now it reads the index and only those conversations. Conversations of
/// four turns; one in <see cref="ReviewEvery"/> has a fallback. Redis address: first argument, else
/// SHOPBOT_BENCH_REDIS, else a throwaway redis-server on a free loopback port.
/// </summary>
internal sealed class ReviewInboxBenchmark : IBenchmark
{
    private const int Conversations = 25_000;
    private const int TurnsPerConversation = 4;
    private const int ReviewEvery = 50;
    private const int InFlight = 64;

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public string Name => "review";

    public async Task RunAsync(IReadOnlyList<string> arguments)
    {
        var address = arguments.Count > 0 ? arguments[0] : Environment.GetEnvironmentVariable("SHOPBOT_BENCH_REDIS");
        using var own = string.IsNullOrWhiteSpace(address) ? QueueBenchmark.ThrowawayRedis.Start() : null;
        address = own?.Address ?? address!;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(address);
        var prefix = "bench-" + Guid.NewGuid().ToString("N");
        var clock = new FixedClock();
        var options = Options.Create(new RecordsOptions { MaxInMemory = 1_000_000 });
        Console.WriteLine($"{Conversations * TurnsPerConversation} turns over 30 days, {Conversations / ReviewEvery} of {Conversations} conversations with a line to review; redis at {address}{(own is null ? "" : " (throwaway)")}");
        Console.WriteLine($"{"store",-8} {"way",-44} {"median",12} {"turns read",12}");
        try
        {
            var stores = new (string Name, IConversationRecords Records)[]
            {
                ("memory", new InMemoryConversationRecords(options, clock)),
                ("redis", new RedisConversationRecords(redis, Options.Create(new HandoffOptions { RedisKeyPrefix = prefix }), options, clock)),
            };
            foreach (var (name, records) in stores)
            {
                await FillAsync(records);
                var inbox = new ReviewInbox(records, new InMemoryReviewDecisions(options, clock), clock);
                var before = await TimeAsync(() => OldWayAsync(records));
                var after = await TimeAsync(async () => (await inbox.ReadAsync()).Items.Count);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-8} {"before: every turn of 30 days, then filter",-44} {before.Milliseconds,9:0.0} ms {before.Result,12}"));
                var read = (await records.ReadReviewConversationsAsync(Now - ReviewInbox.Window, Now.AddSeconds(1))).Count * TurnsPerConversation;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-8} {"after: the index, then those conversations",-44} {after.Milliseconds,9:0.0} ms {read,12}"));
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

    private static async Task FillAsync(IConversationRecords records)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(async _ =>
        {
            for (var c = Interlocked.Increment(ref next); c < Conversations; c = Interlocked.Increment(ref next))
            {
                var start = Now.AddDays(-30).AddSeconds(c * (30.0 * 86_400 / Conversations));
                for (var t = 0; t < TurnsPerConversation; t++)
                {
                    var vague = c % ReviewEvery == 0 && t == 1;
                    await records.AddTurnAsync(new BotTurnRecord
                    {
                        Id = $"{c}-{t}",
                        At = start.AddSeconds(t * 20),
                        ConversationId = "conversation-" + c,
                        BuyerId = "buyer" + (c % 500),
                        Text = vague ? "我那个东西" + (c % 7) : "我的快递到哪了",
                        Intent = vague ? "other" : "track",
                        Confidence = vague ? 0.3f : 0.9f,
                        Decision = vague ? "clarify" : "answer",
                        Outcome = vague ? "not_understood" : "answered",
                    });
                }
            }
        }));
    }

    /// <summary>What the inbox read before the index: every turn of the window, grouped by conversation.</summary>
    private static async Task<int> OldWayAsync(IConversationRecords records)
    {
        var turns = await records.ReadTurnsAsync(Now - ReviewInbox.Window, Now.AddSeconds(1));
        _ = turns.GroupBy(t => t.ConversationId, StringComparer.Ordinal).Where(c => c.Any(ReviewCandidates.Marks)).ToList();
        return turns.Count;
    }

    /// <summary>Median of 11 runs after one warm-up, in milliseconds, with the last run's result.</summary>
    private static async Task<(double Milliseconds, int Result)> TimeAsync(Func<Task<int>> call)
    {
        var result = await call();
        var times = new List<double>();
        for (var run = 0; run < 11; run++)
        {
            var start = Stopwatch.GetTimestamp();
            result = await call();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return (times.Order().ElementAt(times.Count / 2), result);
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
