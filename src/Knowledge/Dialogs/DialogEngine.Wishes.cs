namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The entry points of a turn: the turn runs, then the shipping wishes said in it ("能发顺丰吗 补运费也行", "发之前跟我说一声")
/// are put on a record and said back (<see cref="ShippingWishes"/>), whichever answer the turn gave.
/// </summary>
public sealed partial class DialogEngine
{
    public async Task<DialogOutcome> HandleAsync(DialogInput input, DialogState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        var context = new FlowContext(input, state, _services);
        var outcome = await TurnAsync(context, cancellationToken).ConfigureAwait(false);
        return await WishesNotedAsync(context, outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// While the buyer waits for a person: a question the order or the policies answer ("钱会退到花呗吗", "大概几天能到",
    /// "退货运费谁出") is answered, and nothing else is done — no flow starts, nothing is recorded, no order is asked for —
    /// but for an ordinary invoice asked for instead of a 专票 handed over, which the invoice flow takes down, and the
    /// new address of a shipped parcel handed over to be redirected, which goes on the courier follow-up (and comes off it
    /// when the buyer drops the redirect), a courier wished for an unshipped order, noted on it for a colleague, the receipt time the buyer wants
    /// extended, and the reshipment or refund wanted for a lost parcel, both noted for the person; an overdue order with no
    /// urgent note gets one, another order asked about is told as outside the queue.
    /// Null when the message is no such question (the person takes it up), or when it asks for a person.
    /// </summary>
    public async Task<DialogOutcome?> AnswerWhileQueuedAsync(DialogInput input, DialogState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        var context = new FlowContext(input, state, _services);
        // "补发能不能走顺丰" while a person is awaited: the wish goes on the record the person reads, like any turn's.
        return await AnsweredWhileQueuedAsync(context, cancellationToken).ConfigureAwait(false) is { } outcome
            ? await WishesNotedAsync(context, outcome, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// The shipping wishes said beside the turn's need ("能发顺丰吗 补运费也行"), held by a record and said back after the
    /// turn's answer; the clause is remembered like every reply of the turn.
    /// </summary>
    private static async Task<DialogOutcome> WishesNotedAsync(FlowContext context, DialogOutcome outcome, CancellationToken cancellationToken)
    {
        var before = context.Replies.ToList();
        if (!await ShippingWishes.NoteAsync(context, outcome.Kind, cancellationToken).ConfigureAwait(false))
        {
            return outcome;
        }

        var added = context.Replies.Where(r => !before.Contains(r)).ToList();
        context.State.LastReplies = [.. context.Replies.Select(r => r.Text)];
        context.State.Remember(added.Select(r => (r.TemplateId, r.OrderNumber, r.Text)));
        if (outcome.Kind == DialogOutcomeKind.Answered)
        {
            return outcome with { Replies = [.. context.Replies] };
        }

        // The wish was the need: the turn is answered, never counted as failed.
        context.State.FailedTurns = 0;
        return outcome with { Kind = DialogOutcomeKind.Answered, Replies = [.. context.Replies], ConsecutiveFailedTurns = 0 };
    }
}
