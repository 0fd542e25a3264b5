using System.Collections.Concurrent;
using ShopBot.Handoff.Notifications;

namespace ShopBot.Handoff.Tests.Support;

/// <summary>
/// Keeps every notice and delivered reply for the test to inspect; a conversation in <see cref="Unreachable"/> throws,
/// as the channel does for a conversation it does not know.
/// </summary>
public sealed class RecordingBuyerNotifier : IBuyerNotifier
{
    public ConcurrentQueue<BuyerNotice> Notices { get; } = new();

    public ConcurrentQueue<(string ConversationId, string AgentId, string Text)> Replies { get; } = new();

    public ConcurrentDictionary<string, bool> Unreachable { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<BuyerNotice> For(string conversationId) => Notices.Where(n => n.ConversationId == conversationId).ToList();

    public BuyerNotice? Last(string conversationId) => For(conversationId).LastOrDefault();

    public void Clear() => Notices.Clear();

    public Task NotifyAsync(BuyerNotice notice, CancellationToken cancellationToken = default)
    {
        ThrowIfUnreachable(notice.ConversationId);
        Notices.Enqueue(notice);
        return Task.CompletedTask;
    }

    public Task DeliverAgentReplyAsync(string conversationId, string agentId, string text, CancellationToken cancellationToken = default)
    {
        ThrowIfUnreachable(conversationId);
        Replies.Enqueue((conversationId, agentId, text));
        return Task.CompletedTask;
    }

    private void ThrowIfUnreachable(string conversationId)
    {
        if (Unreachable.ContainsKey(conversationId))
        {
            throw new KeyNotFoundException($"Conversation '{conversationId}' is unknown.");
        }
    }
}
