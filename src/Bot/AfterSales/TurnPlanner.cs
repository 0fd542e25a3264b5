using ShopBot.Bot.Turns;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Triggers;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Screening;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// Plans one bot turn: understand the words, run the dialog, screen every reply, and decide on a person. The live bot
/// carries the plan out; the trainer's dry run only shows it, so the two can never disagree.
/// </summary>
public sealed class TurnPlanner(Knowledge.Intents.IntentUnderstander understander, NeedSplitter needs, TurnHandoff handoffs, ReplyGate gate, IReplyTemplates templates, HandoverNotice handover)
{
    public async Task<TurnPlan> PlanAsync(DialogEngine dialogs, string conversationId, string buyerId, string text, IReadOnlyList<string> photoUrls, DialogState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(state);
        var understanding = understander.Understand(text);
        // Two needs in one message: the first is handled now, the second right after it or, while the first waits
        // for an answer, as soon as that is done. Neither is dropped.
        var two = understanding.HandoffRequested || state.ClarifyOptions.Count > 0 ? null : needs.Split(text, buyerId);
        var first = two?.First ?? understanding;
        var outcome = await dialogs.HandleAsync(new DialogInput(conversationId, buyerId, first.Text, photoUrls, first), state, cancellationToken).ConfigureAwait(false);
        var handoff = handoffs.Decide(understanding, outcome);
        (outcome, handoff) = await TakeUpNextNeedAsync(dialogs, conversationId, buyerId, two?.Second, understanding, state, outcome, handoff, cancellationToken).ConfigureAwait(false);
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
        state.PendingNeed = null;
        // A question the bot will never wait for the answer to would only confuse: the person asks what they need.
        replies = [.. replies.Where(r => !AsksTheBuyer(r.TemplateId))];
        var notice = handover.Render(handoff, conversationId);
        return new TurnPlan(understanding, outcome, replies, handoff, notice);
    }

    private const string Blocked = "blocked";

    /// <summary>
    /// Runs the second need of this message, or one kept from an earlier message, once nothing waits for an answer; while
    /// something does, keeps this message's second need and says so. When a person takes over, a need that would still
    /// wait for an answer is left to them, and the buyer is told. A kept need taken up with a message that already
    /// answers it ("邮箱cz2020@qq.com" for the invoice asked beside an address) is read with that message.
    /// </summary>
    private async Task<(DialogOutcome Outcome, HandoffDecision? Handoff)> TakeUpNextNeedAsync(
        DialogEngine dialogs, string conversationId, string buyerId, Understanding? second, Understanding said, DialogState state, DialogOutcome outcome, HandoffDecision? handoff, CancellationToken cancellationToken)
    {
        var waiting = handoff is null && (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0);
        if (second is not null && waiting)
        {
            state.PendingNeed = second.Text;
            return (Add(outcome, Line("dialog.need_later", second, conversationId), state), null);
        }

        var next = second ?? (waiting || state.PendingNeed is not { } pending ? null : Kept(pending, said));
        if (next is null)
        {
            return (outcome, handoff);
        }

        state.PendingNeed = null;
        if (handoff is not null)
        {
            state.EndFlow();
            state.ClearClarification();
        }

        var lead = Line("dialog.next_need", next, conversationId);
        var then = await dialogs.HandleAsync(new DialogInput(conversationId, buyerId, next.Text, [], next) { IsSecondNeed = true }, state, cancellationToken).ConfigureAwait(false);
        var left = handoff is not null && (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0);
        IReadOnlyList<DialogReply> added = left ? [Line("dialog.need_with_person", next, conversationId)] : [lead, .. then.Replies];
        var combined = then with { Replies = [.. outcome.Replies, .. added] };
        state.LastReplies = [.. combined.Replies.Select(r => r.Text)];
        return (combined, handoff ?? handoffs.Decide(next, then));
    }

    /// <summary>The kept need, read together with this message when the message is about the same need.</summary>
    private Understanding Kept(string pending, Understanding said)
    {
        var kept = understander.Understand(pending);
        return said.Intent == kept.Intent && said.Text != pending ? understander.Understand(pending + " " + said.Text) : kept;
    }

    private DialogReply Line(string templateId, Understanding need, string conversationId) =>
        new(templateId, templates.Render(templateId, new Dictionary<string, string?> { [TemplateSlots.IntentA] = IntentDescriptions.OfNeed(need.Intent, need.NormalizedText) }, conversationId).Text);

    private static DialogOutcome Add(DialogOutcome outcome, DialogReply line, DialogState state)
    {
        var added = outcome with { Replies = [.. outcome.Replies, line] };
        state.LastReplies = [.. added.Replies.Select(r => r.Text)];
        return added;
    }

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
