using System.Collections.Concurrent;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.Streaming;

/// <summary>The subscribers of this process, by conversation: what every feed dispatches to once a change reached this host.</summary>
public sealed class ConversationSubscribers
{
    private readonly ConcurrentDictionary<string, ImmutableSubscriberList> _byConversation = new(StringComparer.Ordinal);

    public int Count => _byConversation.Count;

    public IDisposable Add(string conversationId, Action<Activity?> onChange)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(onChange);
        _byConversation.AddOrUpdate(conversationId, _ => new([onChange]), (_, list) => list.With(onChange));
        return new Subscription(this, conversationId, onChange);
    }

    public void Dispatch(string conversationId, Activity? ephemeral)
    {
        if (_byConversation.TryGetValue(conversationId, out var list))
        {
            foreach (var subscriber in list.Items)
            {
                subscriber(ephemeral);
            }
        }
    }

    /// <summary>Every subscriber reads its transcript again (after the feed may have missed changes, e.g. while Redis was unreachable).</summary>
    public void DispatchToAll()
    {
        foreach (var (conversationId, _) in _byConversation)
        {
            Dispatch(conversationId, null);
        }
    }

    private void Remove(string conversationId, Action<Activity?> onChange)
    {
        while (_byConversation.TryGetValue(conversationId, out var list))
        {
            var rest = list.Without(onChange);
            var done = rest.Items.Length == 0
                ? _byConversation.TryRemove(new KeyValuePair<string, ImmutableSubscriberList>(conversationId, list))
                : _byConversation.TryUpdate(conversationId, rest, list);
            if (done)
            {
                return;
            }
        }
    }

    private sealed record ImmutableSubscriberList(Action<Activity?>[] Items)
    {
        public ImmutableSubscriberList With(Action<Activity?> item) => new([.. Items, item]);

        public ImmutableSubscriberList Without(Action<Activity?> item) => new(Items.Where(i => i != item).ToArray());
    }

    private sealed class Subscription(ConversationSubscribers owner, string conversationId, Action<Activity?> onChange) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(conversationId, onChange);
            }
        }
    }
}
