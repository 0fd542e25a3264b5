using System.Globalization;
using ShopBot.Handoff;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// What a buyer waiting in the queue for a person reads after a message (the message itself always goes to the person):
/// a question the order or the policies answer is answered, with a note that the colleague still follows up; asking for
/// a person again keeps the place in the queue; a thanks or a bare "好的" is answered as a closing word, lost patience with an apology and the place in the queue;
/// anything else is
/// acknowledged as kept for the person, never with the line just said.
/// </summary>
public sealed class QueuedReplies(
    BuyerHandoff handoff,
    IntentUnderstander understander,
    DialogEngine dialogs,
    DialogStateStore states,
    IReplyTemplates templates)
{
    /// <summary>The lines to send for <paramref name="text"/>, written by a queued buyer.</summary>
    public async Task<IReadOnlyList<string>> ReplyAsync(string conversationId, string buyerId, string text, CancellationToken cancellationToken)
    {
        var understanding = understander.Understand(text);
        var (state, version) = await states.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false);
        // The lines the buyer read last turn, before answering the question replaces them in the state.
        var saidBefore = state.LastReplies.ToList();
        IReadOnlyList<string> lines;
        var input = new DialogInput(conversationId, buyerId, text, [], understanding);
        // "找你们老板 不然投诉" asks for someone in charge as a complaint: an apology and a note, not the place in the queue.
        if (AsksForPerson(understanding) && !QueuedComplaint.Heard(understanding.NormalizedText))
        {
            // "人工！！羽绒服的事": the overdue order's note, which says itself the place is kept. "肩带开线了 我要跟真人说":
            // the fault is noted for the person before the place in the queue is said.
            var overdue = await dialogs.NoteOverdueWhileQueuedAsync(input, state, cancellationToken).ConfigureAwait(false);
            var fault = overdue is null ? await dialogs.NoteFaultWhileQueuedAsync(input, state, cancellationToken).ConfigureAwait(false) : null;
            // "转人工 T恤…你们到底发没发": the shipment is told from the order before the place in the queue is said.
            var shipped = overdue is null && fault is null ? await dialogs.AnswerShippedWhileQueuedAsync(input, state, cancellationToken).ConfigureAwait(false) : null;
            // "我要真人 保温杯的事": the order named is said to be the one passed on, which says itself the place is kept.
            var named = overdue is null && fault is null && shipped is null ? dialogs.NoteOrderNamedWhileQueued(input, state) : null;
            lines = (overdue ?? named) is { } noted ? [.. noted.Replies.Select(r => r.Text)]
                : shipped is not null && SaysPassedOn(shipped) ? [.. shipped.Replies.Select(r => r.Text)]
                : [.. (fault ?? shipped)?.Replies.Select(r => r.Text) ?? [], await AskedAgainAsync(conversationId, saidBefore, cancellationToken).ConfigureAwait(false)];
        }
        else
        {
            var answer = await dialogs.AnswerWhileQueuedAsync(input, state, cancellationToken).ConfigureAwait(false);
            // A complaint noted says itself that the supervisor follows it up, an overdue order's note, a delay admitted or
            // any answer naming the colleague that the colleague has it: no second "passed on".
            lines = answer is { Replies.Count: > 0 }
                ? SaysPassedOn(answer) ? [.. answer.Replies.Select(r => r.Text)]
                : [.. answer.Replies.Select(r => r.Text), Fresh("handoff.answered_while_queued", NoSlots, conversationId, saidBefore)]
                : [await UnansweredAsync(understanding, conversationId, saidBefore, cancellationToken).ConfigureAwait(false)];
        }

        state.NoEndearment |= PlainAddress.Refused(text);
        if (state.NoEndearment)
        {
            lines = [.. lines.Select(PlainAddress.Strip)];
        }

        state.LastReplies = [.. lines];
        await states.SaveAsync(conversationId, state, version, cancellationToken).ConfigureAwait(false);
        states.Release(conversationId, state);
        return lines;
    }

    private static readonly IReadOnlyDictionary<string, string?> NoSlots = new Dictionary<string, string?>();

    /// <summary>How a template written for a queued buyer ends its id when it says itself that the colleague has the matter.</summary>
    private const string SaidForColleague = "_while_queued";

    /// <summary>
    /// The answer says itself that the colleague has the matter: a complaint noted, a template written for a queued buyer,
    /// or any line naming the colleague ("同事今天去仓库确认"); the queue facts were said with the handover, not again.
    /// </summary>
    private static bool SaysPassedOn(DialogOutcome answer) =>
        answer.Intent == IntentIds.Complaint || answer.Replies.Any(r => r.TemplateId.EndsWith(SaidForColleague, StringComparison.Ordinal)
            || r.Text.Contains(Colleague, StringComparison.Ordinal));

    private const string Colleague = "同事";

    private static bool AsksForPerson(Understanding understanding) =>
        understanding.HandoffRequested || (understanding.Intent == IntentIds.Human && understanding.Decision == TurnDecision.Answer && !understanding.HandoffRefused);

    /// <summary>Longest "谢谢", "ok thx", "好的 辛苦了" read as a closing word rather than a message for the person.</summary>
    private const int ClosingLength = 8;

    /// <summary>"谢谢", "好的" while waiting: a closing word, answered as one, never "added to the note for the colleague".</summary>
    private static bool Closing(Understanding understanding)
    {
        var compact = understanding.NormalizedText.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Length <= ClosingLength && understanding.Intent == IntentIds.Thanks;
    }

    /// <summary>A line nothing answers while waiting: lost patience, a closing word, or a message kept for the person.</summary>
    private async Task<string> UnansweredAsync(Understanding understanding, string conversationId, List<string> saidBefore, CancellationToken cancellationToken) =>
        QueuedImpatience.Heard(understanding.NormalizedText) ? await SorryForWaitAsync(conversationId, saidBefore, cancellationToken).ConfigureAwait(false)
        : Fresh(Closing(understanding) ? "handoff.thanks_while_queued" : "handoff.message_kept", NoSlots, conversationId, saidBefore);

    /// <summary>"人工", then "真人客服在不在": the place kept, said in another variant than the line before.</summary>
    private Task<string> AskedAgainAsync(string conversationId, List<string> saidBefore, CancellationToken cancellationToken) =>
        WithPlaceAsync("handoff.asked_again", conversationId, saidBefore, cancellationToken);

    /// <summary>"人呢？？？" while waiting: an apology with the place in the queue, said in another variant than before.</summary>
    private Task<string> SorryForWaitAsync(string conversationId, List<string> saidBefore, CancellationToken cancellationToken) =>
        WithPlaceAsync("handoff.sorry_waiting", conversationId, saidBefore, cancellationToken);

    /// <summary><paramref name="templateId"/> with the buyer's place in the queue, or its <c>_no_position</c> form when none is known.</summary>
    private async Task<string> WithPlaceAsync(string templateId, string conversationId, List<string> saidBefore, CancellationToken cancellationToken)
    {
        var standing = await handoff.GetStandingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return standing is null
            ? Fresh(templateId + "_no_position", NoSlots, conversationId, saidBefore)
            : Fresh(templateId, new Dictionary<string, string?>
            {
                [TemplateSlots.QueuePosition] = standing.Position.ToString(CultureInfo.InvariantCulture),
            }, conversationId, saidBefore);
    }

    /// <summary>
    /// The conversation's variant of <paramref name="templateId"/>, or, when one of its variants was just said, the one
    /// after it: a buyer writing line after line reads each variant in turn.
    /// </summary>
    private string Fresh(string templateId, IReadOnlyDictionary<string, string?> slots, string conversationId, List<string> saidBefore)
    {
        var variants = templates.RenderEach(templateId, slots, conversationId).Select(v => v.Text).ToList();
        var said = variants.FindLastIndex(v => saidBefore.Contains(v, StringComparer.Ordinal));
        return variants[(said + 1) % variants.Count];
    }
}
