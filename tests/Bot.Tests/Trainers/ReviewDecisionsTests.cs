using Microsoft.Extensions.Options;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Bot.Trainers.Review;
using ShopBot.Handoff.Hosting;
using ShopBot.TestSupport;
using StackExchange.Redis;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>The review decisions in memory and on a real redis-server: the first decision on a line stands, and two hosts share them.</summary>
public sealed class ReviewDecisionsTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _prefix = "review-" + Guid.NewGuid().ToString("N");
    private ConnectionMultiplexer? _connection;

    public async Task InitializeAsync() => _connection = await redis.ConnectAsync();

    public async Task DisposeAsync()
    {
        await RedisServerFixture.DeleteKeysAsync(_connection!, _prefix);
        await _connection!.DisposeAsync();
    }

    [Fact]
    public Task In_memory_the_first_decision_stands() => FirstDecisionStandsAsync(new InMemoryReviewDecisions());

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

    private RedisReviewDecisions Store(IConnectionMultiplexer connection) =>
        new(connection, Options.Create(new HandoffOptions { RedisKeyPrefix = _prefix }));
}
