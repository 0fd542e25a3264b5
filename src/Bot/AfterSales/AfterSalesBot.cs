using ShopBot.Bot.Attachments;
using ShopBot.Bot.Records;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;
using ShopBot.Handoff;
using ShopBot.Handoff.History;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Triggers;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// The buyer-facing bot. A conversation with a person (queued or with an agent) is relayed, not answered; otherwise
/// the turn is understood, run through the scripted flows, and handed to a person when the trigger policy says so.
/// </summary>
public sealed partial class AfterSalesBot(
    BuyerHandoff handoff,
    TurnPlanner planner,
    TextNormalizer normalizer,
    DialogEngine dialogs,
    DialogStateStore states,
    IReplyTemplates templates,
    HandoffSummary summaries,
    BuyerNoticeWording wording,
    HandoverNotice handover,
    QueuedReplies queued,
    IBuyerHistory history,
    TimeProvider time,
    ILogger<AfterSalesBot> logger) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate && activity.Conversation?.Id is { } started)
        {
            await WelcomeAsync(turnContext, started, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (activity.Type != ActivityTypes.Message || activity.Conversation?.Id is not { } conversationId || activity.From?.Id is not { } buyerId)
        {
            return;
        }

        var text = activity.Text?.Trim() ?? string.Empty;
        var routing = await handoff.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (await RelayedToPersonAsync(turnContext, routing, buyerId, text, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var (state, version) = await states.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (await RatedAfterHandBackAsync(turnContext, routing, buyerId, text, state, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var plan = await planner.PlanAsync(dialogs, conversationId, buyerId, text, Photos(activity), state, cancellationToken).ConfigureAwait(false);
        var understanding = plan.Understanding;
        LogTurn(understanding.Intent, understanding.Confidence, understanding.Decision, plan.Outcome.Replies.Select(r => r.TemplateId).ToList());
        // Saved before the buyer reads the replies: an answer sent at once, to this host or another, finds what the bot
        // waits for, even when this host goes away right after sending.
        var saved = await states.SaveAsync(conversationId, state, version, cancellationToken).ConfigureAwait(false);
        await SendRepliesAsync(turnContext, plan, cancellationToken).ConfigureAwait(false);

        var decision = plan.Handoff;
        if (decision is null && turnContext.TurnState.Get<EscalationRequest>() is { } blocked)
        {
            // The screen in the pipeline is the last guard: whatever it stopped goes to a person too.
            decision = new HandoffDecision(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, blocked.Reason);
            state.EndFlow();
            state.ClearClarification();
            state.FailedTurns = 0;
            await states.SaveAsync(conversationId, state, saved, cancellationToken).ConfigureAwait(false);
        }

        await NoteTurnAsync(conversationId, buyerId, plan, decision, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Set(new BotTurn(buyerId, plan, decision, state.ActiveFlow ?? state.LastFlow));
        if (decision is not null)
        {
            var notice = plan.HandoffNotice ?? (state.NoEndearment ? PlainAddress.Strip(handover.Render(decision, conversationId)) : handover.Render(decision, conversationId));
            await turnContext.SendActivityAsync(notice, cancellationToken).ConfigureAwait(false);
            var request = await summaries.RequestAsync(conversationId, buyerId, decision, plan.Outcome, text, cancellationToken).ConfigureAwait(false);
            await handoff.RequestHandoffAsync(request with { Channel = activity.ChannelId ?? HandoffRequest.DefaultChannel }, cancellationToken).ConfigureAwait(false);
        }

        // Last: the turn no longer uses the state, so the conversation's next turn may take it up as it is.
        states.Release(conversationId, state);
    }

    /// <summary>
    /// Queued or with an agent: keep the message for the person (queued, a question the bot can answer is answered too),
    /// or leave the queue; a closed case may be rated.
    /// </summary>
    private async Task<bool> RelayedToPersonAsync(ITurnContext turnContext, ConversationRouting routing, string buyerId, string text, CancellationToken cancellationToken)
    {
        var conversationId = routing.ConversationId;
        // Only the queue and a closed case read the words here; a bot turn normalises once, in the understander.
        var normalized = routing.Status is RoutingStatus.Queued or RoutingStatus.Closed ? normalizer.Normalize(text) : string.Empty;
        switch (routing.Status)
        {
            case RoutingStatus.Queued when QueueCommands.Cancels(normalized):
                await handoff.CancelAsync(conversationId, "buyer left the queue", cancellationToken).ConfigureAwait(false);
                return true;
            case RoutingStatus.Queued when QueueCommands.AsksPosition(normalized) && await handoff.GetStandingAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } standing:
                await turnContext.SendActivityAsync(wording.Position(conversationId, standing), cancellationToken).ConfigureAwait(false);
                return true;
            case RoutingStatus.Queued:
                await handoff.AcceptBuyerMessageAsync(conversationId, text, cancellationToken).ConfigureAwait(false);
                var lines = await queued.ReplyAsync(conversationId, buyerId, text, cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivitiesAsync([.. lines.Select(line => new Activity { Type = ActivityTypes.Message, Text = line })], cancellationToken).ConfigureAwait(false);
                return true;
            case RoutingStatus.WithAgent:
                await handoff.AcceptBuyerMessageAsync(conversationId, text, cancellationToken).ConfigureAwait(false);
                return true;
            case RoutingStatus.Closed when routing.Rating is null && RatingOf(turnContext.Activity, normalized) is { } rating:
                return await RateAsync(turnContext, conversationId, buyerId, rating, cancellationToken).ConfigureAwait(false);
            default:
                return false;
        }
    }

    private Task WelcomeAsync(ITurnContext turnContext, string conversationId, CancellationToken cancellationToken)
    {
        var welcome = new Activity
        {
            Type = ActivityTypes.Message,
            Text = templates.Render("greeting.welcome", new Dictionary<string, string?>(), conversationId).Text,
            SuggestedActions = new SuggestedActions { Actions = [.. WelcomeChoices.Select(CardAction.ImBack)] },
        };
        return turnContext.SendActivityAsync(welcome, cancellationToken);
    }

    private static readonly string[] WelcomeChoices = ["我的快递到哪了", "什么时候发货", "我要开发票", "人工客服"];

    private static async Task SendRepliesAsync(ITurnContext turnContext, TurnPlan plan, CancellationToken cancellationToken)
    {
        var activities = plan.Replies.Select(reply => new Activity { Type = ActivityTypes.Message, Text = reply.Sent }).ToList();
        if (activities.Count == 0)
        {
            return;
        }

        if (plan.Outcome.SuggestedReplies.Count > 0)
        {
            activities[^1].SuggestedActions = new SuggestedActions { Actions = [.. plan.Outcome.SuggestedReplies.Select(CardAction.ImBack)] };
        }

        await turnContext.SendActivitiesAsync(activities, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The images of the message: ours as <c>attachment:ID</c> (a case outlives any address), others by their URL.</summary>
    private static List<string> Photos(Activity activity) =>
        activity.Attachments?
            .Where(a => a.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true && a.ContentUrl is not null)
            .Select(a => AttachmentAddresses.IdOf(a.ContentUrl) is { } id ? AttachmentAddresses.Reference(id) : a.ContentUrl!)
            .ToList() ?? [];

    [LoggerMessage(Level = LogLevel.Information, Message = "Intent {Intent} at {Confidence:0.00}, decision {Decision}, templates {Templates}")]
    private partial void LogTurn(string intent, float confidence, TurnDecision decision, IReadOnlyList<string> templates);
}
