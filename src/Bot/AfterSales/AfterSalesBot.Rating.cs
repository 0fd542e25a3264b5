using System.Text.Json;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;
using ShopBot.Handoff.History;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Triggers;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// The buyer's rating of a chat an agent ended, from a star button (<c>value.rating</c>) or typed ("5", "5分", "五星"),
/// at once or later; and the note each bot turn leaves for the agent's view of the buyer.
/// </summary>
public sealed partial class AfterSalesBot
{
    /// <summary>The rating the buyer's star button carries, or the one typed.</summary>
    internal static int? RatingOf(Activity activity, string normalized)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("rating", out var rating)
            && rating.ValueKind == JsonValueKind.Number
            && rating.TryGetInt32(out var stars)
            && stars is >= 1 and <= 5)
        {
            return stars;
        }

        return normalized.Length == 0 ? null : QueueCommands.Rating(normalized);
    }

    /// <summary>
    /// After a hand back the bot answers again, so a typed number could also answer its own question (which order?):
    /// typed ratings count only while the bot asks nothing; a star button always counts.
    /// </summary>
    private async Task<bool> RatedAfterHandBackAsync(ITurnContext turnContext, ConversationRouting routing, string buyerId, string text, DialogState state, CancellationToken cancellationToken)
    {
        if (routing.Status != RoutingStatus.BackWithBot || routing.Rating is not null)
        {
            return false;
        }

        var asking = state.ActiveFlow is not null || state.OrderChoices.Count > 0 || state.ClarifyOptions.Count > 0;
        var rating = RatingOf(turnContext.Activity, asking ? string.Empty : normalizer.Normalize(text));
        return rating is not null && await RateAsync(turnContext, routing.ConversationId, buyerId, rating.Value, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> RateAsync(ITurnContext turnContext, string conversationId, string buyerId, int rating, CancellationToken cancellationToken)
    {
        if (await handoff.RateAsync(conversationId, buyerId, rating, cancellationToken).ConfigureAwait(false) != RatingOutcome.Recorded)
        {
            return false;
        }

        await history.RecordRatingAsync(conversationId, rating, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(templates.Render("handoff.rated", new Dictionary<string, string?>(), conversationId).Text, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private Task NoteTurnAsync(string conversationId, string buyerId, TurnPlan plan, HandoffDecision? decision, CancellationToken cancellationToken) =>
        history.RecordTurnAsync(
            conversationId,
            buyerId,
            new TurnNote(time.GetUtcNow(), plan.Outcome.Intent, plan.Outcome.OrderNumber, WireNames.Of(plan.Outcome.Kind), decision?.Reason),
            cancellationToken);
}
