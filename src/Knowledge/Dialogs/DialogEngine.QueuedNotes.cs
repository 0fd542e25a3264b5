using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>What is noted for the person before one is fetched, and faults or overdue orders told while queued.</summary>
public sealed partial class DialogEngine
{
    /// <summary>
    /// A person asked for over a parcel that has not come or a refund's money that has not, or with a complaint threat
    /// beside a record of this chat: recorded first, so what the person is told to look into is on the desk, not only in the chat.
    /// </summary>
    private static async Task NoteBeforePersonAsync(FlowContext context, CancellationToken cancellationToken)
    {
        await QueuedComplaint.NoteOnRecordAsync(context, cancellationToken).ConfigureAwait(false);
        if (!await LateParcelWithPerson.NoteAsync(context, cancellationToken).ConfigureAwait(false))
        {
            await RefundCheck.TryNoteAsync(context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// "上个月买的托特包 肩带开线了 我要跟真人说" while queued: the fault is noted for the person (photos asked once), though
    /// the line asks for a person again. Null when the line tells no fault of a delivered order.
    /// </summary>
    public Task<DialogOutcome?> NoteFaultWhileQueuedAsync(DialogInput input, DialogState state, CancellationToken cancellationToken = default) =>
        NoteWhileQueuedAsync(input, state, QueuedFault.TryAnswerAsync, IntentIds.QualityReturn, cancellationToken);

    /// <summary>
    /// "人工！！羽绒服的事" while queued, about an unshipped order past the promise with no urgent note yet: the note is
    /// written for the person, though the line asks for a person again. Null when the line names no such order.
    /// </summary>
    public Task<DialogOutcome?> NoteOverdueWhileQueuedAsync(DialogInput input, DialogState state, CancellationToken cancellationToken = default) =>
        NoteWhileQueuedAsync(input, state, QueuedOrderNamed.TryNoteOverdueAsync, IntentIds.Hurry, cancellationToken);

    /// <summary>
    /// "转人工 T恤发货两天了一条物流都没有 你们到底发没发" while queued, about an order that has left: the shipment is told
    /// from the order, though the line asks for a person again. Null when the line asks no such thing.
    /// </summary>
    public Task<DialogOutcome?> AnswerShippedWhileQueuedAsync(DialogInput input, DialogState state, CancellationToken cancellationToken = default) =>
        NoteWhileQueuedAsync(input, state, QueuedShipped.TryAnswerAsync, IntentIds.Track, cancellationToken);

    /// <summary>One note taken while queued: answered under <paramref name="intent"/> when <paramref name="tryNote"/> took it.</summary>
    private async Task<DialogOutcome?> NoteWhileQueuedAsync(
        DialogInput input, DialogState state, Func<FlowContext, CancellationToken, Task<bool>> tryNote, string intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        var context = new FlowContext(input, state, _services);
        return await tryNote(context, cancellationToken).ConfigureAwait(false) ? Outcome(context, DialogOutcomeKind.Answered, intent) : null;
    }

    /// <summary>"我要真人 保温杯的事" while queued: the order named acknowledged as the one passed on. Null when none is named.</summary>
    public DialogOutcome? NoteOrderNamedWhileQueued(DialogInput input, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        var context = new FlowContext(input, state, _services);
        return QueuedOrderNamed.TryAcknowledge(context) ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.Human) : null;
    }
}
