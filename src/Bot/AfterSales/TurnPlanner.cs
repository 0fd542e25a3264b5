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
        var understanding = GreetingWords.Mid(understander.Understand(text), state.LastReplies.Count > 0);
        state.NoEndearment |= PlainAddress.Refused(text);
        // Several needs in one message: the first is handled now, the others right after it in the order said or, while
        // one waits for an answer, as soon as that is done. None is dropped.
        var said = understanding.HandoffRequested || state.ClarifyOptions.Count > 0 ? null : needs.SplitAll(text, buyerId);
        var first = said?[0] ?? understanding;
        var outcome = await dialogs.HandleAsync(new DialogInput(conversationId, buyerId, first.Text, photoUrls, first), state, cancellationToken).ConfigureAwait(false);
        var handoff = handoffs.Decide(understanding, outcome);
        (outcome, handoff) = await TakeUpNextNeedsAsync(dialogs, conversationId, buyerId, said?.Skip(1).ToList() ?? [], understanding, state, outcome, handoff, cancellationToken).ConfigureAwait(false);
        // An angry buyer with broken goods goes to a person at once, but the case is taken down first, photos to follow;
        // a person asked for plainly records nothing the buyer did not finish telling.
        if (handoff is { Trigger: HandoffTrigger.Abuse or HandoffTrigger.Complaint } && await dialogs.RecordBeforePersonAsync(new DialogInput(conversationId, buyerId, first.Text, photoUrls, first), state, cancellationToken).ConfigureAwait(false) is { } recorded)
        {
            outcome = outcome with { Replies = [.. outcome.Replies, .. recorded.Replies] };
        }
        // "不退的话我收到就退货 再给你们一个差评": the complaint goes on the order in focus before the supervisor is fetched,
        // and the return threatened is told as it stands.
        else if (handoff is { Trigger: HandoffTrigger.Complaint }
            && await dialogs.NoteComplaintBeforePersonAsync(new DialogInput(conversationId, buyerId, first.Text, photoUrls, first), state, !TurnHandoff.SendsReplies(outcome, handoff) || outcome.Replies.All(r => AsksTheBuyer(r.TemplateId)), cancellationToken).ConfigureAwait(false) is { } complained)
        {
            outcome = TurnHandoff.SendsReplies(outcome, handoff) ? outcome with { Replies = [.. outcome.Replies, .. complained.Replies] } : complained;
        }
        // "台灯一直闪 …我要找你们老板": a fault told whole with the person asked for is noted, with an apology and photos
        // asked, before the queue line.
        else if (handoff is { Trigger: HandoffTrigger.BuyerAsked } && outcome.Replies.Count == 0
            && await dialogs.NoteFaultWhileQueuedAsync(new DialogInput(conversationId, buyerId, first.Text, photoUrls, first), state, cancellationToken).ConfigureAwait(false) is { } noted)
        {
            outcome = noted;
        }
        // "台灯退款凭什么给我关了 叫你们老板出来": the complaint noted on that order, the apology first.
        else if (handoff is { Trigger: HandoffTrigger.BuyerAsked } && outcome.Replies.Count == 0
            && await dialogs.NoteComplaintAsPersonAskedAsync(new DialogInput(conversationId, buyerId, first.Text, photoUrls, first), state, cancellationToken).ConfigureAwait(false) is { } complaint)
        {
            outcome = complaint;
        }

        var replies = TurnHandoff.SendsReplies(outcome, handoff) ? outcome.Replies.Select(Screen).ToList() : [];
        if (handoff is null && replies.Any(r => r.Screen == Blocked))
        {
            handoff = new HandoffDecision(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, ReplyScreeningMiddleware.BlockedReplyReason);
        }

        if (state.NoEndearment)
        {
            replies = [.. replies.Select(r => r with { Text = PlainAddress.Strip(r.Text), Sent = PlainAddress.Strip(r.Sent) })];
        }

        if (handoff is null)
        {
            return new TurnPlan(understanding, outcome, replies, null, null);
        }

        state.EndFlow();
        state.ClearClarification();
        state.FailedTurns = 0;
        state.PendingNeed = null;
        state.LaterNeeds.Clear();
        // A question the bot will never wait for the answer to would only confuse: the person asks what they need.
        replies = [.. replies.Where(r => !AsksTheBuyer(r.TemplateId))];
        if (handoff.Trigger is HandoffTrigger.Abuse or HandoffTrigger.Complaint)
        {
            replies = [.. ApologyFirst.Open(replies, templates, conversationId)];
        }

        var notice = handover.Render(handoff, conversationId, replies.Select(r => r.Sent));
        notice = state.NoEndearment ? PlainAddress.Strip(notice) : notice;
        return new TurnPlan(understanding, outcome, replies, handoff, notice);
    }

    private const string Blocked = "blocked";

    /// <summary>
    /// Runs the other needs of this message one after the other, or the need kept from an earlier message, while nothing
    /// waits for an answer; once something does, keeps the needs still to do and says so once. When a person takes over,
    /// a need that would still wait for an answer is left to them, and the buyer is told. A kept need taken up with a
    /// message that already answers it ("邮箱cz2020@qq.com" for the invoice asked beside an address) is read with that
    /// message. Only the first need taken up after the first is led in with "另外", the later ones with other words.
    /// </summary>
    private async Task<(DialogOutcome Outcome, HandoffDecision? Handoff)> TakeUpNextNeedsAsync(
        DialogEngine dialogs, string conversationId, string buyerId, List<Understanding> others, Understanding said, DialogState state, DialogOutcome outcome, HandoffDecision? handoff, CancellationToken cancellationToken)
    {
        var fromMessage = others.Count > 0;
        var taken = 0;
        while (true)
        {
            var waiting = handoff is null && (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0);
            if (others.Count > 0 && waiting)
            {
                state.PendingNeed = others[0].Text;
                state.LaterNeeds = [.. others.Skip(1).Select(n => n.Text)];
                return (Add(outcome, Line("dialog.need_later", [.. others.Select(Name)], conversationId), state), null);
            }

            var next = others.Count > 0 ? others[0] : fromMessage || waiting ? null : TakeKept(said, state);
            if (next is null)
            {
                return (outcome, handoff);
            }

            if (others.Count > 0)
            {
                others.RemoveAt(0);
            }

            if (handoff is not null)
            {
                state.EndFlow();
                state.ClearClarification();
            }

            var then = await dialogs.HandleAsync(new DialogInput(conversationId, buyerId, next.Text, [], next) { IsSecondNeed = true }, state, cancellationToken).ConfigureAwait(false);
            // A kept need read again on its own may look like no need to the model ("羽绒服催一下"): it is named by what was done.
            string[] named = [next.Intent == IntentIds.Other ? IntentDescriptions.OfNeed(then.Intent, next.NormalizedText) : Name(next)];
            var lead = Line(taken == 0 ? "dialog.next_need" : "dialog.next_need_more", named, conversationId);
            taken++;
            var left = handoff is not null && (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0);
            // A lead-in with nothing after it (the need was answered by the first one already) is never said; it opens
            // the answer's own bubble, never a filler of its own. "差价我补" read as another need but answered by the
            // change just made ("能发顺丰吗") is the same matter, led in by nothing.
            var sameMatter = then.Intent == outcome.Intent && next.Intent != then.Intent;
            IReadOnlyList<DialogReply> added = left ? [Line("dialog.need_with_person", named, conversationId)] : then.Replies.Count == 0 ? []
                : sameMatter ? then.Replies : [then.Replies[0] with { Text = lead.Text + then.Replies[0].Text }, .. then.Replies.Skip(1)];
            outcome = then with { Replies = [.. outcome.Replies, .. added] };
            state.LastReplies = [.. outcome.Replies.Select(r => r.Text)];
            handoff ??= handoffs.Decide(next, then);
        }
    }

    /// <summary>The need kept from an earlier message, if any; the one kept after it moves up.</summary>
    private Understanding? TakeKept(Understanding said, DialogState state)
    {
        if (state.PendingNeed is not { } pending)
        {
            return null;
        }

        state.PendingNeed = state.LaterNeeds.Count > 0 ? state.LaterNeeds[0] : null;
        if (state.LaterNeeds.Count > 0)
        {
            state.LaterNeeds.RemoveAt(0);
        }

        return Kept(pending, said);
    }

    /// <summary>The kept need, read together with this message when the message is about the same need.</summary>
    private Understanding Kept(string pending, Understanding said)
    {
        var kept = understander.Understand(pending);
        return said.Intent == kept.Intent && said.Text != pending ? understander.Understand(pending + " " + said.Text) : kept;
    }

    private static string Name(Understanding need) => IntentDescriptions.OfNeed(need.Intent, need.NormalizedText);

    /// <summary>A line naming the needs ("开具发票", or "查询包裹物流和开具发票" for two kept at once).</summary>
    private DialogReply Line(string templateId, IReadOnlyList<string> named, string conversationId)
    {
        var names = named.Distinct(StringComparer.Ordinal).ToList();
        var joined = names.Count == 1 ? names[0] : string.Join("、", names[..^1]) + "和" + names[^1];
        return new(templateId, templates.Render(templateId, new Dictionary<string, string?> { [TemplateSlots.IntentA] = joined }, conversationId).Text);
    }

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
