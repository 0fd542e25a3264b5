using ShopBot.Bot.Turns;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Triggers;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Screening;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// Plans one bot turn: understand the words, run the dialog, screen every reply, and decide on a person. The live bot
/// carries the plan out; the trainer's dry run only shows it, so the two can never disagree.
/// </summary>
public sealed class TurnPlanner(Knowledge.Intents.IntentUnderstander understander, TurnHandoff handoffs, ReplyGate gate, IReplyTemplates templates)
{
    public async Task<TurnPlan> PlanAsync(DialogEngine dialogs, string conversationId, string buyerId, string text, IReadOnlyList<string> photoUrls, DialogState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(state);
        var understanding = understander.Understand(text);
        var outcome = await dialogs.HandleAsync(new DialogInput(conversationId, buyerId, text, photoUrls, understanding), state, cancellationToken).ConfigureAwait(false);
        var handoff = handoffs.Decide(understanding, outcome);
        var replies = TurnHandoff.SendsReplies(outcome, handoff) ? outcome.Replies.Select(Screen).ToList() : [];
        if (handoff is null && replies.Any(r => r.Screen == Blocked))
        {
            handoff = new HandoffDecision(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, ReplyScreeningMiddleware.BlockedReplyReason);
        }

        if (handoff is null)
        {
            return new TurnPlan(understanding, outcome, replies, null, null);
        }

        state.EndFlow();
        state.ClearClarification();
        state.FailedTurns = 0;
        // A question the bot will never wait for the answer to would only confuse: the person asks what they need.
        replies = [.. replies.Where(r => !AsksTheBuyer(r.TemplateId))];
        var notice = templates.Render("handoff.connecting", new Dictionary<string, string?>(), conversationId).Text;
        return new TurnPlan(understanding, outcome, replies, handoff, notice);
    }

    private const string Blocked = "blocked";

    private static bool AsksTheBuyer(string templateId) =>
        templateId.Contains(".ask_", StringComparison.Ordinal) || templateId.StartsWith("clarify.", StringComparison.Ordinal)
        || templateId is "orders.several" or "fallback.rephrase";

    private PlannedReply Screen(DialogReply reply)
    {
        var decision = gate.ForBot(reply.Text);
        return decision.Action switch
        {
            GateAction.Send => new PlannedReply(reply.TemplateId, reply.Text, "allowed", reply.Text),
            GateAction.SendRewrite => new PlannedReply(reply.TemplateId, reply.Text, "rewritten", decision.TextToSend!),
            _ => new PlannedReply(reply.TemplateId, reply.Text, Blocked, ReplyScreeningMiddleware.HandOverLine),
        };
    }
}
