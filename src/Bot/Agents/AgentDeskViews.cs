using Microsoft.Extensions.Options;
using ShopBot.Handoff;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Desk;

namespace ShopBot.Bot.Agents;

/// <summary>What the desk endpoints and the <c>desk</c> event return: deadlines, transfer offers, colleagues, notes, with agents' names.</summary>
public sealed class AgentDeskViews(AgentDesk desk, IOptions<AgentConsoleOptions> options, TimeProvider time)
{
    /// <summary>The console warns a minute before a chat goes back to the queue, or halfway with a shorter timeout.</summary>
    public TimeSpan Warning => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, desk.AnswerTimeout.Ticks / 2));

    public string NameOf(string agentId) =>
        options.Value.Agents.FirstOrDefault(a => a.AgentId == agentId)?.Name is { Length: > 0 } name ? name : agentId;

    public bool IsAgent(string agentId) => options.Value.Agents.Any(a => a.AgentId == agentId);

    public async Task<DeskView> DeskAsync(string agentId, IReadOnlyList<string> conversations, CancellationToken cancellationToken)
    {
        var deadlines = await desk.AnswerDeadlinesAsync(conversations, cancellationToken).ConfigureAwait(false);
        var offers = await OffersAsync(agentId, cancellationToken).ConfigureAwait(false);
        return new DeskView(
            time.GetUtcNow(),
            (int)desk.AnswerTimeout.TotalSeconds,
            (int)Warning.TotalSeconds,
            [.. deadlines.OrderBy(d => d.Value).Select(d => new AnswerDeadline(d.Key, d.Value))],
            offers);
    }

    /// <summary>Transfers offered to the agent that still stand, with who offers them and the buyer.</summary>
    public async Task<IReadOnlyList<TransferOfferItem>> OffersAsync(string agentId, CancellationToken cancellationToken)
    {
        var offers = new List<TransferOfferItem>();
        foreach (var offer in await desk.TransferOffersAsync(agentId, cancellationToken).ConfigureAwait(false))
        {
            var routing = await desk.GetRoutingAsync(offer.ConversationId, cancellationToken).ConfigureAwait(false);
            offers.Add(new TransferOfferItem(offer.ConversationId, offer.FromAgentId, NameOf(offer.FromAgentId), routing.Ticket?.BuyerId, offer.OfferedAt));
        }

        return offers;
    }

    public async Task<ColleagueList> ColleaguesAsync(string agentId, CancellationToken cancellationToken)
    {
        var statuses = (await desk.ListAgentsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.AgentId, StringComparer.Ordinal);
        return new ColleagueList([.. options.Value.Agents
            .Where(a => a.AgentId != agentId)
            .Select(a => statuses.GetValueOrDefault(a.AgentId) is { } s
                ? new ColleagueItem(a.AgentId, NameOf(a.AgentId), WireNames.Of(s.Presence), s.Conversations.Count, s.Capacity)
                : new ColleagueItem(a.AgentId, NameOf(a.AgentId), WireNames.Of(AgentPresence.Offline), 0, 0))]);
    }

    public NoteList Notes(IReadOnlyList<ConversationNote> notes) =>
        new([.. notes.Select(Note)]);

    public NoteItem Note(ConversationNote note) => new(note.AgentId, NameOf(note.AgentId), note.Text, note.At);
}
