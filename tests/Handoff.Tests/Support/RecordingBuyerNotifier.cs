using System.Collections.Concurrent;
using ShopBot.Handoff.Notifications;

namespace ShopBot.Handoff.Tests.Support;

/// <summary>Keeps every notice and delivered reply for the test to inspect.</summary>
public sealed class RecordingBuyerNotifier : IBuyerNotifier
{
    public ConcurrentQueue<BuyerNotice> Notices { get; } = new();

    public ConcurrentQueue<(string ConversationId, string AgentId, string Text)> Replies { get; } = new();

    public IReadOnlyList<BuyerNotice> For(string conversationId) => Notices.Where(n => n.ConversationId == conversationId).ToList();

    public BuyerNotice? Last(string conversationId) => For(conversationId).LastOrDefault();

    public void Clear() => Notices.Clear();

    public Task NotifyAsync(BuyerNotice notice, CancellationToken cancellationToken = default)
    {
        Notices.Enqueue(notice);
        return Task.CompletedTask;
    }

    public Task DeliverAgentReplyAsync(string conversationId, string agentId, string text, CancellationToken cancellationToken = default)
    {
        Replies.Enqueue((conversationId, agentId, text));
        return Task.CompletedTask;
    }
}
