using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.Desk;

public sealed partial class AgentDesk
{
    /// <summary>Notes kept per conversation; the oldest go first.</summary>
    public const int NotesKept = 100;

    public const int MaxNoteLength = 1000;

    /// <summary>Whether the agent may read and write the conversation's notes: they own it, or it is offered to them.</summary>
    public async Task<bool> MayUseNotesAsync(string agentId, ConversationRouting routing, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentNullException.ThrowIfNull(routing);
        if (routing.Status == RoutingStatus.WithAgent && routing.AgentId == agentId)
        {
            return true;
        }

        var offers = await desk.ListTransferOffersAsync(agentId, cancellationToken).ConfigureAwait(false);
        return offers.Any(o => o.ConversationId == routing.ConversationId);
    }

    /// <summary>Adds an internal note (1 to <see cref="MaxNoteLength"/> characters); it is kept apart from the transcript.</summary>
    public async Task<ConversationNote> AddNoteAsync(string agentId, string conversationId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, MaxNoteLength);
        var note = new ConversationNote(agentId, text.Trim(), time.GetUtcNow());
        await notes.AddAsync(conversationId, note, NotesKept, cancellationToken).ConfigureAwait(false);
        LogNoteAdded(conversationId, agentId);
        return note;
    }

    public Task<IReadOnlyList<ConversationNote>> NotesAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return notes.ListAsync(conversationId, cancellationToken);
    }
}
