using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.InMemory;
using ShopBot.Handoff.Retention;
using ShopBot.Handoff.State;
using ShopBot.Handoff.Tests.Support;
using ShopBot.Handoff.Transcripts;
using ShopBot.TestSupport;

namespace ShopBot.Handoff.Tests.Retention;

public sealed class InMemoryRetentionSweeperTests
{
    private readonly FixedTimeProvider _time = new(FixedTimeProvider.SampleNow);
    private readonly InMemoryHandoffStore _handoff = new(Options.Create(new HandoffOptions()));
    private readonly InMemoryTranscriptStore _transcripts;
    private readonly InMemoryConversationStateStore _states;
    private readonly InMemoryNoteStore _notes = new();
    private readonly InMemoryRetentionSweeper _sweeper;

    public InMemoryRetentionSweeperTests()
    {
        var idle = new IdleConversations(_time);
        _transcripts = new InMemoryTranscriptStore(idle);
        _states = new InMemoryConversationStateStore(idle);
        _sweeper = new InMemoryRetentionSweeper(idle, _handoff, _transcripts, _states,
            Options.Create(new RetentionOptions { IdleConversationInMemory = TimeSpan.FromHours(2) }), _time, NullLogger<InMemoryRetentionSweeper>.Instance, _notes);
    }

    [Fact]
    public async Task A_conversation_idle_past_the_retention_leaves_memory_but_a_queued_or_recent_one_stays()
    {
        foreach (var id in new[] { "idle", "queued", "with-agent" })
        {
            await _transcripts.AppendAsync(id, """{"text":"在吗"}""");
            await _states.TrySaveAsync(id, "{}", 0);
        }

        await _handoff.EnqueueAsync(HandoffHarness.Request("queued"), "bot", _time.GetUtcNow());
        await _handoff.EnqueueAsync(HandoffHarness.Request("with-agent"), "bot", _time.GetUtcNow());
        await _handoff.SetPresenceAsync("a1", Agents.AgentPresence.Online, _time.GetUtcNow());
        await _handoff.ClaimAsync("a1", "with-agent", _time.GetUtcNow());
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, _sweeper.Sweep());
        await _transcripts.AppendAsync("recent", """{"text":"你好"}""");
        _time.Advance(TimeSpan.FromHours(1.5));

        var evicted = _sweeper.Sweep();

        Assert.Equal(1, evicted);
        Assert.Empty(await _transcripts.ReadAsync("idle", 0, 10));
        Assert.Null(await _states.GetAsync("idle"));
        Assert.Single(await _transcripts.ReadAsync("queued", 0, 10));
        Assert.NotNull(await _states.GetAsync("with-agent"));
        Assert.Equal(1, await _handoff.GetPositionAsync("queued"));
        Assert.Single(await _transcripts.ReadAsync("recent", 0, 10));
    }

    [Fact]
    public async Task A_closed_conversation_is_evicted_once_idle_and_its_routing_goes_with_it()
    {
        await _transcripts.AppendAsync("closed", """{"text":"谢谢"}""");
        await _notes.AddAsync("closed", new Desk.ConversationNote("a1", "买家已收到补发", _time.GetUtcNow()), 10);
        await _handoff.SetPresenceAsync("a1", Agents.AgentPresence.Online, _time.GetUtcNow());
        await _handoff.EnqueueAsync(HandoffHarness.Request("closed"), "bot", _time.GetUtcNow());
        await _handoff.ClaimAsync("a1", "closed", _time.GetUtcNow());
        await _handoff.EndChatAsync("a1", "closed", Routing.RoutingStatus.Closed, "done", _time.GetUtcNow());
        _time.Advance(TimeSpan.FromHours(3));

        Assert.Equal(1, _sweeper.Sweep());
        Assert.Empty(await _transcripts.ReadAsync("closed", 0, 10));
        Assert.Equal(Routing.RoutingStatus.WithBot, (await _handoff.GetRoutingAsync("closed")).Status);
        Assert.Empty(await _notes.ListAsync("closed"));
        Assert.Equal(0, _sweeper.Sweep());
    }
}
