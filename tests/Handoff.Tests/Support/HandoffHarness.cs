using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.InMemory;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.State;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff.Tests.Support;

/// <summary>One implementation's stores wired into a service, with a hand-moved clock and a recording notifier.</summary>
public sealed class HandoffHarness : IAsyncDisposable
{
    // Monday 2 March 2026, 10:00 in Shanghai: inside the default business hours.
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private readonly Func<ValueTask> _dispose;

    public HandoffHarness(HandoffOptions options, IHandoffQueue queue, IAgentDirectory agents, ITranscriptStore transcripts, IConversationStateStore states, Func<ValueTask>? dispose = null, INoteStore? notes = null)
    {
        Options = options;
        Queue = queue;
        Agents = agents;
        Transcripts = transcripts;
        States = states;
        _dispose = dispose ?? (() => ValueTask.CompletedTask);
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Notes = notes ?? new InMemoryNoteStore();
        var notices = new QueueNotices(queue, agents, Notifier, new BusinessHours(wrapped), new WaitEstimator(wrapped), NullLogger<QueueNotices>.Instance);
        Buyers = new BuyerHandoff(queue, notices, Time, NullLogger<BuyerHandoff>.Instance);
        Desk = new AgentDesk(queue, agents, (IDeskStore)queue, Notes, transcripts, Notifier, notices, wrapped, Time, NullLogger<AgentDesk>.Instance);
        Sweeper = new HandoffSweeper(Desk, queue, agents, wrapped, Time);
    }

    public HandoffOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public RecordingBuyerNotifier Notifier { get; } = new();

    public IHandoffQueue Queue { get; }

    public IAgentDirectory Agents { get; }

    public ITranscriptStore Transcripts { get; }

    public IConversationStateStore States { get; }

    /// <summary>The buyers' side: asking for a person, waiting, leaving, rating.</summary>
    public BuyerHandoff Buyers { get; }

    public HandoffSweeper Sweeper { get; }

    public INoteStore Notes { get; }

    /// <summary>The agents' side: presence, claims, replies, releases, transfers and notes.</summary>
    public AgentDesk Desk { get; }

    public static HandoffRequest Request(string conversationId, HandoffPriority priority = HandoffPriority.Normal, string reason = "buyer asked for a person") =>
        new(conversationId, "buyer-" + conversationId, reason, "logistics", priority, "where is my parcel", "order 1001: shipped", ["case-7"]);

    public static Task<ScreenedReply> AllowAll(string text, CancellationToken cancellationToken) => Task.FromResult(ScreenedReply.Allow(text));

    public async Task<AgentStatus> OnlineAgentAsync(string agentId, int? capacity = null)
    {
        var status = await Desk.SetPresenceAsync(agentId, AgentPresence.Online);
        return capacity is null ? status : (await Desk.SetCapacityAsync(agentId, capacity.Value))!;
    }

    public ValueTask DisposeAsync() => _dispose();
}
