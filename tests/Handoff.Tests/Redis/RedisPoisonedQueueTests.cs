using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Redis;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Tests.Support;
using ShopBot.TestSupport;
using StackExchange.Redis;

namespace ShopBot.Handoff.Tests.Redis;

/// <summary>
/// Entries only a shared store can hold: a conversation whose ticket is not JSON, or a queue member whose conversation
/// is gone. They are taken out of the queue and quarantined with a log line; the listing and the claims carry on.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisPoisonedQueueTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly string _prefix = "poison-" + Guid.NewGuid().ToString("N");
    private readonly ListLogger _log = new();
    private ConnectionMultiplexer? _connection;
    private HandoffHarness? _harness;

    private HandoffHarness H => _harness!;

    private RedisKeys Keys => new(_prefix);

    public async Task InitializeAsync()
    {
        _connection = await redis.ConnectAsync();
        var options = new HandoffOptions { RedisKeyPrefix = _prefix };
        var wrapped = Options.Create(options);
        var store = new RedisHandoffStore(_connection, wrapped, _log);
        _harness = new HandoffHarness(options, store, store, new RedisTranscriptStore(_connection, wrapped), new RedisConversationStateStore(_connection, wrapped));
        await H.OnlineAgentAsync("a1");
        foreach (var id in new[] { "bad-json", "missing", "good" })
        {
            await H.Buyers.RequestHandoffAsync(HandoffHarness.Request(id));
            H.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var db = _connection.GetDatabase();
        await db.HashSetAsync(Keys.Conversation("bad-json"), "ticket", "{not json");
        await db.KeyDeleteAsync(Keys.Conversation("missing"));
    }

    public async Task DisposeAsync()
    {
        await RedisServerFixture.DeleteKeysAsync(_connection!, _prefix);
        await _connection!.DisposeAsync();
    }

    [Fact]
    public async Task The_queue_listing_skips_and_quarantines_unreadable_entries_with_a_log_line()
    {
        var queue = await H.Desk.ListQueueAsync();

        var entry = Assert.Single(queue);
        Assert.Equal(("good", 1), (entry.ConversationId, entry.Position));
        var quarantined = (await _connection!.GetDatabase().SetMembersAsync(Keys.Quarantine)).Select(v => v.ToString()).Order().ToList();
        Assert.Equal(["bad-json", "missing"], quarantined);
        Assert.Equal(RoutingStatus.WithBot, (await H.Buyers.GetRoutingAsync("bad-json")).Status);
        Assert.Equal(2, _log.Lines.Count(l => l.Contains("quarantined", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Claiming_the_next_passes_over_unreadable_entries_to_the_first_good_one()
    {
        var claim = await H.Desk.ClaimNextAsync("a1");

        Assert.Equal(TransitionOutcome.Applied, claim.Change.Outcome);
        Assert.Equal("good", claim.Handover!.Routing.ConversationId);
        Assert.Equal(0, await _connection!.GetDatabase().SortedSetLengthAsync(Keys.Queue));
        Assert.Equal(2, _log.Lines.Count(l => l.Contains("quarantined", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Claiming_an_unreadable_entry_by_id_is_refused_without_an_error_and_takes_it_out_of_the_queue()
    {
        var claim = await H.Desk.ClaimAsync("a1", "bad-json");

        Assert.Equal(TransitionOutcome.WrongState, claim.Change.Outcome);
        Assert.Null(claim.Handover);
        Assert.Null(claim.Change.Routing!.Ticket);
        Assert.Empty((await H.Desk.GetAgentAsync("a1"))!.Conversations);
        Assert.Null(await H.Queue.GetPositionAsync("bad-json"));
        Assert.Equal(["missing", "good"], (await _connection!.GetDatabase().SortedSetRangeByRankAsync(Keys.Queue)).Select(v => v.ToString()));
    }

    private sealed class ListLogger : ILogger<RedisHandoffStore>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines)
            {
                Lines.Add(formatter(state, exception));
            }
        }
    }
}
