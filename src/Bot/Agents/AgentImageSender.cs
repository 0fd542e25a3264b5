using ShopBot.Bot.AfterSales;
using ShopBot.Bot.Attachments;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Handoff;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Desk;

namespace ShopBot.Bot.Agents;

/// <summary>
/// Sends an agent's image to the buyer: the ownership check first (which also counts as answering), then the image is
/// kept and goes out through the channel as a Web Chat image attachment at the buyer's signed address.
/// </summary>
public sealed partial class AgentImageSender(
    AgentDesk handoff, IHandoffQueue queue, IAttachmentStore store, AttachmentAddresses addresses, ChannelAdapter adapter, AgentDisplayNames agentNames, ILogger<AgentImageSender> logger)
{
    /// <summary>The image as sent, or null when the conversation is not the agent's (nothing is kept or sent then).</summary>
    public async Task<SentImage?> SendAsync(string agentId, string conversationId, byte[] content, string contentType, PathString pathBase, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(content);
        var routing = await handoff.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (routing.Ticket is not { } ticket || !await queue.MarkAgentAnsweredAsync(agentId, conversationId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var attachmentId = await store.SaveAsync(new StoredAttachment(conversationId, ticket.BuyerId, contentType, content), cancellationToken).ConfigureAwait(false);
        var sent = new SentImage(conversationId, new AttachmentItem(contentType, AttachmentAddresses.ForAgent(attachmentId)), Delivered: true);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = agentNames.AccountOf(agentId),
            Attachments = [new Attachment { ContentType = contentType, ContentUrl = addresses.ForBuyer(conversationId, attachmentId, pathBase), Name = "图片" }],
        };
        try
        {
            await adapter.ContinueConversationAsync(conversationId, (turn, ct) => turn.SendActivityAsync(activity, ct), cancellationToken).ConfigureAwait(false);
            LogSent(agentId, conversationId, content.Length);
            return sent;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogNotDelivered(agentId, conversationId, ex);
            return sent with { Delivered = false };
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} sent an image of {Bytes} bytes to {ConversationId}")]
    private partial void LogSent(string agentId, string conversationId, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The image agent {AgentId} sent to {ConversationId} did not reach the channel")]
    private partial void LogNotDelivered(string agentId, string conversationId, Exception exception);
}
