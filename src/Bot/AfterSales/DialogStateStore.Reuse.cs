using System.Collections.Concurrent;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// The states turns on this host left behind, so that the conversation's next turn skips parsing its JSON (the state
/// keeps the last 60 replies said, so that parse was a large share of a turn). A state is reused only when the turn that
/// saved it handed it back (<see cref="Release"/>: nothing changes it any more) and the stored JSON is still exactly
/// what it was saved as (not saved since, on this host or another); a load always takes the entry out, so no two turns
/// ever hold one state. Bounded: at <see cref="RememberedConversations"/> conversations the memory starts over.
/// </summary>
public sealed partial class DialogStateStore
{
    public const int RememberedConversations = 4096;

    private readonly ConcurrentDictionary<string, LeftState> _left = new(StringComparer.Ordinal);

    /// <summary>
    /// Hands back the state a turn saved and no longer uses (call it last, after the turn's final save): the next load of
    /// the conversation takes it up instead of parsing the stored JSON. A state not saved as it is now is not kept.
    /// </summary>
    public void Release(string conversationId, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(state);
        if (_left.TryGetValue(conversationId, out var saved) && ReferenceEquals(saved.State, state) && !saved.Released)
        {
            _left.TryUpdate(conversationId, saved with { Released = true }, saved);
        }
    }

    /// <summary>
    /// The conversation's state to read and never to change or save (a notice's wording): the state a finished turn left
    /// when the stored JSON is still what it saved, else parsed. Unlike <see cref="LoadAsync"/> it leaves the state where
    /// it is, so the conversation's next turn still takes it up without parsing.
    /// </summary>
    public async Task<DialogState> ReadAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var stored = await store.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return new DialogState();
        }

        return _left.TryGetValue(conversationId, out var left) && left.Released && string.Equals(left.Json, stored.Json, StringComparison.Ordinal)
            ? left.State
            : Parse(stored.Json);
    }

    /// <summary>Notes the JSON a state is being saved as; it is reused only once the turn releases it.</summary>
    private void NoteSaved(string conversationId, string json, DialogState state)
    {
        if (_left.Count >= RememberedConversations && !_left.ContainsKey(conversationId))
        {
            _left.Clear();
        }

        _left[conversationId] = new LeftState(json, state, Released: false);
    }

    /// <summary>The state a finished turn left for the conversation, taken out so that only one turn holds it; or null.</summary>
    private LeftState? TakeLeft(string conversationId) =>
        _left.TryRemove(conversationId, out var left) && left.Released ? left : null;

    private sealed record LeftState(string Json, DialogState State, bool Released);
}
