using System.Collections.Concurrent;
using ShopBot.Handoff.Desk;

namespace ShopBot.Handoff.InMemory;

/// <summary>Notes in process memory, the default with no Redis.</summary>
public sealed class InMemoryNoteStore : INoteStore
{
    private readonly ConcurrentDictionary<string, List<ConversationNote>> _notes = new(StringComparer.Ordinal);

    public Task AddAsync(string conversationId, ConversationNote note, int kept, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(note);
        ArgumentOutOfRangeException.ThrowIfLessThan(kept, 1);
        var notes = _notes.GetOrAdd(conversationId, _ => []);
        lock (notes)
        {
            notes.Add(note);
            if (notes.Count > kept)
            {
                notes.RemoveRange(0, notes.Count - kept);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Drops the notes of a conversation evicted from memory.</summary>
    public bool Remove(string conversationId) => _notes.TryRemove(conversationId, out _);

    public Task<IReadOnlyList<ConversationNote>> ListAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (!_notes.TryGetValue(conversationId, out var notes))
        {
            return Task.FromResult<IReadOnlyList<ConversationNote>>([]);
        }

        lock (notes)
        {
            return Task.FromResult<IReadOnlyList<ConversationNote>>([.. notes]);
        }
    }
}
