using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Notifications;

namespace ShopBot.Bot.AfterSales;

/// <summary>Tells buyers about the handoff, and delivers agents' screened replies, in their own conversation.</summary>
public sealed partial class ChannelBuyerNotifier(IConversationMessenger messenger, BuyerNoticeWording wording, ILogger<ChannelBuyerNotifier> logger) : IBuyerNotifier
{
    public async Task NotifyAsync(BuyerNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await SendAsync(notice.ConversationId, new Activity { Type = ActivityTypes.Message, Text = wording.Word(notice) }, cancellationToken).ConfigureAwait(false);
    }

    public Task DeliverAgentReplyAsync(string conversationId, string agentId, string text, CancellationToken cancellationToken = default) =>
        SendAsync(conversationId, new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            From = new ChannelAccount { Id = $"agent:{agentId}", Name = $"人工客服 {agentId}", Role = RoleTypes.Bot },
        }, cancellationToken);

    private async Task SendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await messenger.SendToConversationAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (KeyNotFoundException)
        {
            // A conversation that exists only in the queue (e.g. after its channel's history expired) cannot be reached;
            // the agent still sees the buyer in the console.
            LogUnreachable(conversationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId} is unknown to the channels; notice not delivered")]
    private partial void LogUnreachable(string conversationId);
}
