using Microsoft.Extensions.Options;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Turns;

namespace ShopBot.Bot.Records;

/// <summary>
/// Records the facts of every bot turn after the bot ran (<see cref="BotTurn"/> in the turn state), with the records
/// the turn opened or changed (<see cref="TurnCaseChanges"/>). A turn the bot did not plan (relayed to a person, a rating, a welcome) records nothing,
/// and a continuation (a notice, an agent's reply) is no bot turn: its events are kept by <see cref="RecordingBuyerNotifier"/>.
/// A failing store is logged and never fails the buyer's turn.
/// </summary>
public sealed partial class TurnRecordingMiddleware(
    IConversationRecords records,
    TurnCaseChanges cases,
    IOptions<RecordsOptions> options,
    TimeProvider time,
    ILogger<TurnRecordingMiddleware> logger) : Turns.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (!options.Value.Enabled || turnContext.IsContinuation)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var started = time.GetUtcNow();
        using var changes = cases.Begin();
        await next(cancellationToken).ConfigureAwait(false);
        if (turnContext.TurnState.Get<BotTurn>() is not { } turn || turnContext.Activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        try
        {
            await records.AddTurnAsync(Describe(conversationId, turn, started, changes.Records), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogNotRecorded(conversationId, ex);
        }
    }

    /// <summary>The facts of a turn as the reports keep them.</summary>
    public static BotTurnRecord Describe(string conversationId, BotTurn turn, DateTimeOffset at, IReadOnlyList<string> opened)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var understanding = turn.Plan.Understanding;
        var templates = turn.Plan.Outcome.Replies.Select(r => r.TemplateId).ToList();
        return new BotTurnRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            At = at,
            ConversationId = conversationId,
            BuyerId = turn.BuyerId,
            Text = understanding.NormalizedText,
            Intent = understanding.Intent,
            Confidence = understanding.Confidence,
            RunnerUp = understanding.RunnerUp?.Intent,
            RunnerUpConfidence = understanding.RunnerUp?.Confidence,
            Decision = WireNames.Of(understanding.Decision),
            Outcome = WireNames.Of(turn.Plan.Outcome.Kind),
            Flow = turn.Flow,
            OrderNumber = turn.Plan.Outcome.OrderNumber,
            Templates = templates,
            Situations = [.. templates.Select(SituationOf).Distinct(StringComparer.Ordinal)],
            Screens = [.. turn.Plan.Replies.Select(r => r.Screen)],
            Records = opened,
            HandoffTrigger = turn.Handoff is null ? null : WireNames.Of(turn.Handoff.Trigger),
            HandoffReason = turn.Handoff?.Reason,
        };
    }

    /// <summary>A template id is <c>area.situation</c>: the situation is what follows the area.</summary>
    private static string SituationOf(string templateId)
    {
        var dot = templateId.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? templateId : templateId[(dot + 1)..];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn of {ConversationId} not recorded: the records store failed")]
    private partial void LogNotRecorded(string conversationId, Exception exception);
}
