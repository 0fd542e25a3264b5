using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "羽绒服改成130的", "换顺丰", "能发EMS吗" before the parcel leaves: a change to an order, whatever nearest intent the
/// model reads (a hurry, a refund, a courier question), and never a hurry note. "浴巾颜色不喜欢 想换个蓝色的" about goods
/// already sent is an exchange under the no-reason rules instead.
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> ChangesOrderAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.Facts.Address is { HasFullAddress: true } || ShipFromAsked().IsMatch(context.Normalized)
            || !_flows.TryGetValue(OrderChangeFlow.FlowId, out var flow)
            || OrderChanges.Read(context.Normalized) is not { } change
            || (QualityProblems.RulesOutDefect(context.Normalized) && AboutGoodsSent(context))
            || (change.Kind == OrderChangeKind.Courier && (!CourierMeantForAnOrder(context) || ShipLater().IsMatch(context.Normalized))))
        {
            return null;
        }

        context.State.ClearClarification();
        if (ReceivedOrderInReturnTalk(context, change) is { } received && _flows.TryGetValue(IntentIds.NoReasonReturn, out var returns))
        {
            // "换XXL的吧" right after the return rules of a T恤 that arrived: an exchange of those goods, never a change before shipping.
            context.State.StartFlow(IntentIds.NoReasonReturn);
            context.State.OrderNumber = received.OrderNumber;
            return await RunAsync(context, returns, cancellationToken).ConfigureAwait(false);
        }

        context.State.StartFlow(OrderChangeFlow.FlowId);
        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "单子也不用备注了 我先寄给自己": the note written here is taken back, never a menu; "帮我备注一下 包好一点": a note
    /// for the warehouse on an order waiting to ship, never a hurry note or a person. Null when the line is neither.
    /// </summary>
    private async Task<DialogOutcome?> NotedOnOrderAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (await OrderNoteWithdrawal.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
        }

        if (context.State.ActiveFlow is not null || !await OrderNote.TryRecordAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        context.State.ClearClarification();
        return GivesNewAddress(context) || SendsElsewhere(context) ? await StartAsync(context, IntentIds.ChangeAddress, cancellationToken).ConfigureAwait(false)
            : Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
    }

    /// <summary>The shipped order a return was just talked about, when the change names another size or colour of it; else null.</summary>
    private Order? ReceivedOrderInReturnTalk(FlowContext context, OrderChange change) =>
        change.Kind is OrderChangeKind.Size or OrderChangeKind.Colour && context.State.ActiveFlow is null
        && context.State.LastFlow is IntentIds.NoReasonReturn or IntentIds.QualityReturn && OrderResolver.Named(context) is not { Count: > 0 }
        && context.State.LastOrderNumber is { } number
        && _services.Orders.Find(context.Input.BuyerId, number) is { Status: OrderStatus.Shipped or OrderStatus.Completed, HasRefundUnderWay: false } order
            ? order
            : null;

    /// <summary>
    /// "颜色还是红的", "红色不变 就换个码", "其他不变" right after a change was recorded in this conversation: the rest of the
    /// order stays as it was bought, which the change already says, so the buyer is told so with the change recorded,
    /// and nothing is recorded or asked.
    /// </summary>
    private async Task<DialogOutcome?> KeepsRestOfOrderChangeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || !OrderChanges.KeepsTheRest(context.Normalized)
            || state.LastOrderToldOf(OrderChangeFlow.FlowId + ".") is not { } number
            || _services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false))
                .OrderByDescending(r => r.CreatedAt).Select(ChangeOnRecord)
                .OfType<OrderChange>().FirstOrDefault() is not { } recorded)
        {
            return null;
        }

        state.ClearClarification();
        state.LastOrderNumber = number;
        context.Say(OrderChangeFlow.FlowId + ".rest_kept", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.Change] = recorded.Describe(order.Title),
        });
        return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
    }

    /// <summary>
    /// "你们可别先把四件套发了啊" about the order just held, with no new date: the hold stands and the buyer is told so,
    /// neither a hurry nor a question which of the two is meant.
    /// </summary>
    private async Task<DialogOutcome?> RepeatsHoldAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        // "不是要退款 就是晚点发" corrects what the buyer was taken to want: the delay flow says the order is not cancelled.
        // "就是那单", "备注上了吗" right after the hold: the hold is confirmed with its day.
        var repeats = HoldLifted.RepeatsHold(context.Normalized);
        var confirms = !repeats && HoldLifted.ConfirmsHold(context.Normalized, state.LastFlow == IntentIds.DelayShipment);
        if (state.ActiveFlow is not null || !(repeats || confirms)
            || (repeats && context.Facts.Cues.IsCorrection) || context.Facts.Cues.Negated.Count > 0
            || state.LastOrderNumber is not { } number
            || _services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || !await (repeats ? HoldLifted.KeepsHoldAsync(context, order, cancellationToken) : HoldLifted.TellHeldAsync(context, order, cancellationToken)).ConfigureAwait(false))
        {
            return null;
        }

        state.ClearClarification();
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.DelayShipment);
    }

    /// <summary>
    /// "130没货的话就140" after a size change was recorded in this conversation: the change stands with the other size
    /// written beside it (the open record withdrawn and recorded again with it), never a new need nor a handover.
    /// </summary>
    private async Task<DialogOutcome?> AddsOtherIfMissingAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || OrderChanges.OtherIfMissing(context.Normalized) is null
            || state.LastOrderToldOf(OrderChangeFlow.FlowId + ".") is not { } number
            || !_flows.TryGetValue(OrderChangeFlow.FlowId, out var flow))
        {
            return null;
        }

        if (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false)
            is not [{ Description: { } description } open]
            || OrderChanges.Read(ItemNote().Replace(description, string.Empty)) is not { Kind: OrderChangeKind.Size, To: not null })
        {
            return null;
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, open.Id, "买家补充了缺货时改发的尺码，已按补充后的重新登记", cancellationToken).ConfigureAwait(false);
        state.ClearClarification();
        state.StartFlow(OrderChangeFlow.FlowId);
        state.OrderNumber = number;
        state.Values[OrderChangeFlow.RequestKey] = ItemNote().Replace(description, string.Empty) + "，" + context.Compact;
        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "不对 是140的" sent after a change was recorded in this conversation: the change is read again with the
    /// correction, the open record withdrawn and the corrected one recorded. Null when no change was recorded here.
    /// </summary>
    private async Task<DialogOutcome?> CorrectsOrderChangeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null
            || state.LastOrderToldOf(OrderChangeFlow.FlowId + ".") is not { } number
            || _services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || !_flows.TryGetValue(OrderChangeFlow.FlowId, out var flow))
        {
            return null;
        }

        // "改140吧" after a size and a courier were noted from one line corrects the size; "不对 发京东" the courier.
        var all = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false))
            .OrderByDescending(r => r.CreatedAt).ToList();
        var courierNamed = OrderChanges.CourierNamed(context.Normalized) is not null;
        var open = all.Where(r => (r.Reason == CourierDifference.Courier) == courierNamed).ToList() is { Count: > 0 } sameKind ? sameKind : all;
        if (open is not [{ Description: { } description }, ..])
        {
            return null;
        }

        var before = ItemNote().Replace(description, string.Empty);
        if (OrderChanges.Read(before) is not { } first)
        {
            return null;
        }

        // "130的" or "是140" alone is a correction only by where it stands: it is read as one. "算了130也怕小 要140吧",
        // "有140吗 有就140" name another value without a correction word: that value replaces the recorded one.
        // "还是留3包吧 退1包" after a cut: the count kept replaces the recorded one, with or without a correction word.
        var other = OrderChanges.OtherValue(context.Normalized, first) ?? FewerPiecesRecord.OtherCount(context.Compact, open[0], order);
        // "娃现在快125了" tells the child's height, no size wanted: the size chart answers it, the note stands.
        if (first.Kind == OrderChangeKind.Size && HeightTold().IsMatch(context.Compact) && !context.Facts.Cues.IsCorrection)
        {
            state.ClearClarification();
            context.Say(OrderChangeFlow.FlowId + ".height_told", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
            {
                [Templates.TemplateSlots.Change] = first.Describe(order.Title),
            });
            return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
        }

        var corrects = context.Facts.Cues.IsCorrection || CorrectionLead().IsMatch(context.Compact);
        var combined = other is not null ? first.Describe(order.Title) + " 不对 " + other
            : before + (context.Facts.Cues.IsCorrection ? " " : " 不对 ") + context.Normalized;
        if ((!corrects && other is null) || OrderChanges.Read(combined) is not { } corrected || corrected == first)
        {
            return null;
        }

        // "不对 是退两包 留两包" names the cut already recorded: it stands, nothing is withdrawn (the flow says it is recorded).
        var sameCut = first.Cut is { } cutBefore && corrected.Cut is { } cutNow && cutBefore.Kept(order.Quantity) == cutNow.Kept(order.Quantity);
        foreach (var record in sameCut ? [] : open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家更正了修改内容，已按更正后的重新登记", cancellationToken).ConfigureAwait(false);
        }

        state.ClearClarification();
        state.StartFlow(OrderChangeFlow.FlowId);
        state.OrderNumber = order.OrderNumber;
        state.Values[OrderChangeFlow.RequestKey] = combined;
        // "修改尺码" then "120改130" completes a change that named no value: recorded as asked, no correction said.
        if (!sameCut && (first.To is not null || first.Cut is not null))
        {
            state.Values[OrderChangeFlow.CorrectsKey] = "1";
        }

        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The change a recorded order change holds, read from its description without the goods note.</summary>
    private static OrderChange? ChangeOnRecord(CaseRecord record) => OrderChanges.Read(ItemNote().Replace(record.Description ?? string.Empty, string.Empty));

    [GeneratedRegex("（商品：[^）]*）")]
    private static partial Regex ItemNote();

    // "娃现在快125了", "孩子身高128", "我儿子长到130了": a height, with no word of changing or wanting.
    [GeneratedRegex("^(?!.*(?:改|换|要|拍|码的|不对|应该))(?=.*(?:娃|孩子|宝宝|宝贝|儿子|女儿|闺女|小孩|身高|个子|长到|高))[^0-9]*(?:快|有|才|到|长到|身高|高)[0-9]{2,3}(?:cm|厘米|公分)?(?:了|多|左右|的样子)?[啊呀吧哦]?$")]
    private static partial Regex HeightTold();

    [GeneratedRegex("^(?:是|要|改成|换成|应该是)|^[0-9]{2,3}(?:码|cm|CM|厘米)?的?[吧呀啊哦]?$")]
    private static partial Regex CorrectionLead();

    /// <summary>
    /// "能发顺丰吗" asks about an order when one waits to ship, when the buyer names one, or says 换/改: otherwise it is
    /// a question about the shop's couriers, which the courier answer covers.
    /// </summary>
    private bool CourierMeantForAnOrder(FlowContext context) =>
        OrderChanges.ChangesCourier(context.Normalized)
        || _services.Orders.ExtractOrderNumbers(context.Text).Count > 0
        || context.Facts.OrderReferences.Any(r => r.Evidence is not (Entities.OrderEvidence.Ordinal or Entities.OrderEvidence.Carrier) && r.OrderNumbers.Count > 0)
        || _services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.AwaitingPayment && !o.HasRefundUnderWay);

    /// <summary>"先别发，下个月再发，到时候能发顺丰吗": shipping later comes first, the courier rides along with it.</summary>
    [GeneratedRegex("先别发|先不要发|先不发|晚点发|晚些发|晚几天|推迟|再发|再寄|暂时别发|别急着发")]
    private static partial Regex ShipLater();

    [GeneratedRegex("从哪|哪里发|哪发|发货地|哪个仓|哪个城市")]
    private static partial Regex ShipFromAsked();
}
