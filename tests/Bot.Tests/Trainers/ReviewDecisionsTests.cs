using Microsoft.Extensions.Options;
using ShopBot.Bot.Records;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Bot.Trainers.Review;
using ShopBot.Handoff.Hosting;
using ShopBot.TestSupport;
using StackExchange.Redis;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>
/// The review decisions in memory and on a real redis-server: the first decision on a line stands, two hosts share
/// them, and they are dropped after the records' retention.
/// </summary>
public sealed class ReviewDecisionsTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _prefix = "review-" + Guid.NewGuid().ToString("N");
    private readonly FixedTimeProvider _clock = new(Noon);
    private ConnectionMultiplexer? _connection;

    private static IOptions<RecordsOptions> Retention => Options.Create(new RecordsOptions { Retention = TimeSpan.FromDays(7) });

    public async Task InitializeAsync() => _connection = await redis.ConnectAsync();

    public async Task DisposeAsync()
    {
        await RedisServerFixture.DeleteKeysAsync(_connection!, _prefix);
        await _connection!.DisposeAsync();
    }

    [Fact]
    public Task In_memory_the_first_decision_stands() => FirstDecisionStandsAsync(new InMemoryReviewDecisions(Retention, _clock));

    [Fact]
    public Task In_memory_decisions_older_than_the_retention_are_dropped() => DecisionsExpireAsync(new InMemoryReviewDecisions(Retention, _clock));

    [Fact]
    public async Task On_redis_decisions_older_than_the_retention_are_trimmed_from_the_hash_and_the_times()
    {
        await DecisionsExpireAsync(Store(_connection!));

        var db = _connection!.GetDatabase();
        var keys = new RecordKeys(_prefix);
        Assert.Equal(["aaaa", "cccc"], (await db.HashKeysAsync(keys.Review)).Select(k => (string)k!).Order(StringComparer.Ordinal));
        Assert.Equal(["aaaa", "cccc"], (await db.SortedSetRangeByRankAsync(keys.ReviewTimes)).Select(k => (string)k!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task On_redis_the_first_decision_stands_and_another_host_reads_it()
    {
        await using var other = await redis.ConnectAsync();
        var first = Store(_connection!);
        var second = Store(other);

        await FirstDecisionStandsAsync(first);

        var shared = await second.ReadAllAsync();
        Assert.Equal("dismissed", shared["aaaa"].Action);
        Assert.Equal("quality_return", shared["bbbb"].Intent);
        Assert.Equal("dismissed", (await second.DecideAsync(new ReviewDecision("aaaa", "我那个东西", "labelled", "track", "乙", Noon.AddHours(1)))).Action);
    }

    private static async Task FirstDecisionStandsAsync(IReviewDecisions store)
    {
        var dismissed = new ReviewDecision("aaaa", "我那个东西", "dismissed", null, "甲", Noon);

        Assert.Equal(dismissed, await store.DecideAsync(dismissed));
        Assert.Equal(dismissed, await store.DecideAsync(dismissed with { Action = "labelled", Intent = "track", At = Noon.AddMinutes(1) }));
        await store.DecideAsync(new ReviewDecision("bbbb", "帮我看看单子", "labelled", "quality_return", "甲", Noon));

        var all = await store.ReadAllAsync();
        Assert.Equal(2, all.Count);
        Assert.Equal(dismissed, all["aaaa"]);
    }

    /// <summary>Two lines decided at noon, a third eight days later: with a retention of 7 days the first two are gone, and the first line can be decided anew.</summary>
    private async Task DecisionsExpireAsync(IReviewDecisions store)
    {
        await store.DecideAsync(new ReviewDecision("aaaa", "我那个东西", "dismissed", null, "甲", Noon));
        await store.DecideAsync(new ReviewDecision("bbbb", "帮我看看单子", "labelled", "quality_return", "甲", Noon));
        _clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(2, (await store.ReadAllAsync()).Count);

        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Empty(await store.ReadAllAsync());
        var later = new ReviewDecision("cccc", "那个呢", "dismissed", null, "乙", _clock.GetUtcNow());
        Assert.Equal(later, await store.DecideAsync(later));

        var again = new ReviewDecision("aaaa", "我那个东西", "labelled", "track", "乙", _clock.GetUtcNow());
        Assert.Equal(again, await store.DecideAsync(again));
        Assert.Equal(["aaaa", "cccc"], (await store.ReadAllAsync()).Keys.Order(StringComparer.Ordinal));
        _clock.Advance(TimeSpan.FromMinutes(1));
        await store.DecideAsync(new ReviewDecision("aaaa", "我那个东西", "dismissed", null, "丙", _clock.GetUtcNow()));
        Assert.Equal("track", (await store.ReadAllAsync())["aaaa"].Intent);
    }

    private RedisReviewDecisions Store(IConnectionMultiplexer connection) =>
        new(connection, Options.Create(new HandoffOptions { RedisKeyPrefix = _prefix }), Retention, _clock);
}
