using ShopBot.Bot.Channels.BotFramework;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels;

/// <summary>Routes a message by the conversation's first stored activity: Direct Line appends, other channels post to their service URL.</summary>
public sealed class ConversationMessenger(TranscriptWriter writer, DirectLineConversations directLine, ConnectorClient connector) : IConversationMessenger
{
    public async Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        var first = await writer.ReadFirstAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Conversation '{conversationId}' is unknown.");
        var outgoing = activity.Clone();
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.TextFormat ??= TextFormatTypes.Plain;
        outgoing.ChannelId = first.ChannelId;
        outgoing.Conversation = new ConversationAccount { Id = conversationId };
        outgoing.From ??= first.ChannelId == DirectLineConversations.ChannelId ? directLine.BotAccount : first.Recipient;
        if (first.ChannelId != DirectLineConversations.ChannelId && first.ServiceUrl is { } serviceUrl)
        {
            outgoing.ServiceUrl = serviceUrl;
            outgoing.Recipient ??= first.From;
            await connector.SendAsync(outgoing, cancellationToken).ConfigureAwait(false);
        }

        return outgoing.Type == ActivityTypes.Typing
            ? await writer.PassOnAsync(outgoing, cancellationToken).ConfigureAwait(false)
            : await writer.AppendAsync(outgoing, cancellationToken).ConfigureAwait(false);
    }
}
