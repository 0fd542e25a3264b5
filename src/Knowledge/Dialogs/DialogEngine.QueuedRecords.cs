using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>What a queued buyer's line holds that the bot still takes down: photos awaited, an address, an order change.</summary>
public sealed partial class DialogEngine
{
    /// <summary>
    /// A person is fetched while the quality flow still waits for photos ("碎了两个盘子一个碗 气死了"): the case is recorded
    /// now with photos to follow, so the buyer hears it is taken down and where to send the photos, and the person finds
    /// the record. Null when no quality case waits for photos.
    /// </summary>
    public async Task<DialogOutcome?> RecordBeforePersonAsync(DialogInput input, DialogState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        if (state.ActiveFlow != IntentIds.QualityReturn || state.Step != DialogSteps.AskPhoto || !_flows.TryGetValue(IntentIds.QualityReturn, out var quality))
        {
            return null;
        }

        QualityReturnFlow.PhotosToFollow(state);
        return await RunAsync(new FlowContext(input, state, _services), quality, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "不退的话我收到就退货 再给你们一个差评" that fetches a supervisor with no quality case awaiting photos: the complaint
    /// goes on the order in focus first, so the supervisor finds it on the desk; when the turn answered nothing else
    /// (<paramref name="unanswered"/>), the return the buyer says they will make is told as it stands. Null when
    /// nothing is said.
    /// </summary>
    public async Task<DialogOutcome?> NoteComplaintBeforePersonAsync(DialogInput input, DialogState state, bool unanswered, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        var context = new FlowContext(input, state, _services);
        await QueuedComplaint.NoteForPersonAsync(context, cancellationToken).ConfigureAwait(false);
        // The person takes over from here, so no flow the line started waits for an answer.
        state.EndFlow();
        return unanswered && (ReturnToReorder.TryAnswer(context) || ReturnToReorder.TryAnswerBesideComplaint(context))
            ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.Complaint) : null;
    }

    /// <summary>
    /// "台灯退款凭什么给我关了 叫你们老板出来" as the first line, which asks for a person: the complaint is noted on the
    /// order the line names or the chat is about, with an apology, before the handover. Null when no such order is known.
    /// </summary>
    public async Task<DialogOutcome?> NoteComplaintAsPersonAskedAsync(DialogInput input, DialogState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        var context = new FlowContext(input, state, _services);
        return await QueuedComplaint.TryRecordAsync(context, cancellationToken, handedOver: true).ConfigureAwait(false)
            ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.Complaint) : null;
    }

    private bool AddressWhileQueued(FlowContext context) =>
        (context.State.ActiveFlow == IntentIds.ChangeAddress && (GivesFlowItsFields(context, IntentIds.ChangeAddress) || ChangeAddressFlow.AnswersContact(context)))
        || ChangeAddressFlow.OnlyKeepsAfterRecord(context)
        || (context.State.ActiveFlow is null && context.Input.Understanding.Intent == IntentIds.ChangeAddress
            && context.State.LastOrderNumber is { } number
            && _services.Orders.Find(context.Input.BuyerId, number) is { Status: Orders.OrderStatus.AwaitingShipment, HasRefundUnderWay: false });

    private bool ChangeWhileQueued(FlowContext context) =>
        OrderChanges.Read(context.Normalized) is { Kind: OrderChangeKind.Courier, To: not null }
            or { Kind: OrderChangeKind.Quantity, Cut: not null } or { Kind: OrderChangeKind.Quantity, To: not null }
        && UnshippedInFocus(context);

    /// <summary>The order the chat is about is still to ship; with none yet ("转人工" alone), the buyer has one such order.</summary>
    private bool UnshippedInFocus(FlowContext context)
    {
        static bool Unshipped(Orders.Order? order) => order is { Status: Orders.OrderStatus.AwaitingShipment, HasRefundUnderWay: false };
        var buyer = context.Input.BuyerId;
        return context.State.LastOrderNumber is { } number ? Unshipped(_services.Orders.Find(buyer, number))
            : _services.Orders.OrdersOf(buyer).Count(Unshipped) == 1;
    }
}
