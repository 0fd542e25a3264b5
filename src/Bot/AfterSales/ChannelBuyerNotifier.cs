using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Notifications;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// Tells buyers about the handoff, and delivers agents' screened replies, in their own conversation, through the channel
/// adapter's pipeline like every other message (Handoff knows no channel: this is its way out). A conversation the
/// channels do not know, or a channel that fails, throws: the handoff service logs it and reports the delivery as failed,
/// and the agent's action stands.
/// </summary>
public sealed class ChannelBuyerNotifier(ChannelAdapter adapter, BuyerNoticeWording wording, AgentDisplayNames agentNames, DialogStateStore states) : IBuyerNotifier
{
    public async Task NotifyAsync(BuyerNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        // A buyer who refused being called 亲 is not called so by the queue's notices either.
        var state = await states.ReadAsync(notice.ConversationId, cancellationToken).ConfigureAwait(false);
        var text = wording.Word(notice);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = state.NoEndearment ? Knowledge.Dialogs.PlainAddress.Strip(text) : text,
            SuggestedActions = OffersRating(notice) ? RatingButtons.Create() : null,
        };
        await adapter.ContinueConversationAsync(notice.ConversationId, (turn, ct) => turn.SendActivityAsync(activity, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The agent's reply comes from the agent: <c>from.id</c> <c>agent:{id}</c> and their display name, so Web Chat shows who answers.</summary>
    public Task DeliverAgentReplyAsync(string conversationId, string agentId, string text, CancellationToken cancellationToken = default)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            From = agentNames.AccountOf(agentId),
        };
        return adapter.ContinueConversationAsync(conversationId, (turn, ct) => turn.SendActivityAsync(activity, ct), cancellationToken);
    }

    /// <summary>A chat an agent ended is offered for rating once, with the notice that ends it; a buyer leaving the queue is not.</summary>
    private static bool OffersRating(BuyerNotice notice) =>
        notice.Kind == BuyerNoticeKind.Closed || (notice.Kind == BuyerNoticeKind.BackWithBot && notice.AgentId is not null);
}
