using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Notifications;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// Tells buyers about the handoff, and delivers agents' screened replies, in their own conversation. A conversation the
/// channels do not know, or a channel that fails, throws: the handoff service logs it and reports the delivery as failed,
/// and the agent's action stands.
/// </summary>
public sealed class ChannelBuyerNotifier(IConversationMessenger messenger, BuyerNoticeWording wording) : IBuyerNotifier
{
    public async Task NotifyAsync(BuyerNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await messenger.SendToConversationAsync(notice.ConversationId, new Activity { Type = ActivityTypes.Message, Text = wording.Word(notice) }, cancellationToken).ConfigureAwait(false);
    }

    public Task DeliverAgentReplyAsync(string conversationId, string agentId, string text, CancellationToken cancellationToken = default) =>
        messenger.SendToConversationAsync(conversationId, new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            From = AgentAccount(agentId),
        }, cancellationToken);

    /// <summary>Who an agent's messages come from, as the buyer's channel shows it.</summary>
    internal static ChannelAccount AgentAccount(string agentId) => new() { Id = $"agent:{agentId}", Name = $"人工客服 {agentId}", Role = RoleTypes.Bot };
}
