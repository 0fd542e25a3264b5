using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Change an order before it ships (size, colour, spec, quantity, the courier): unpaid, the buyer
/// changes it themselves; paid and unshipped, the change is recorded from what to what for the warehouse, with no
/// promise before the shop confirms; shipped, it cannot change, and a size or colour is exchanged after receipt.
/// A courier named before shipping follows the shop's policy: noted, extra postage possible, a colleague confirms.
/// </summary>
public sealed partial class OrderChangeFlow : IDialogFlow
{
    /// <summary>Not an intent of the model: the engine starts this flow from the buyer's words.</summary>
    public const string FlowId = "order_change";

    /// <summary>Where the buyer's request is kept while the flow asks which order.</summary>
    public const string RequestKey = "order_change_request";

    /// <summary>Set when the request corrects a change recorded earlier in the conversation.</summary>
    public const string CorrectsKey = "corrects";

    /// <summary>Set when the buyer adds, after the change was recorded, that the order stays as bought if the new value is out of stock.</summary>
    public const string KeepIfMissingKey = "keep_if_missing";

    private const string Area = "order_change";

    public string Intent => FlowId;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var request = context.State.Values.GetValueOrDefault(RequestKey);
        if (request is null)
        {
            request = context.Normalized;
            context.State.Values[RequestKey] = request;
            context.ReadFactsFrom(OrderChanges.WithoutChange(request));
        }

        if (OrderChanges.Read(request) is not { } change)
        {
            // Never a turn with nothing said: the buyer is asked what the change is.
            context.Say($"{Area}.unclear");
            context.Finish();
            return;
        }

        // "我要改尺码" then "改成130的" or "130的": the value asked for completes the change, recorded once.
        if (context.State.Step == DialogSteps.AskNewValue)
        {
            context.State.Step = null;
            if (ValueGiven(context.Normalized, change) is { } given)
            {
                change = given;
                request = $"{request}，{context.Normalized}";
                context.State.Values[RequestKey] = request;
            }
        }

        // Fewer pieces fit an order of more than one piece only; a shipped one too ("三件已经发了 其实只要两件"),
        // whose extra pieces go back after receipt.
        var fewer = change.Cut is not null;
        TakeOrderOfValueBought(context, change);
        var order = OrderResolver.Resolve(context, Area, o => (o.Status is OrderStatus.AwaitingShipment or OrderStatus.AwaitingPayment
            || (fewer && o.Status is OrderStatus.Shipped or OrderStatus.Completed)) && !o.HasRefundUnderWay && (!fewer || o.Quantity > 1));
        if (order is null)
        {
            return;
        }

        change = WithValueNamed(request, change, order);
        if (change.Kind == OrderChangeKind.Quantity && await QuantityAsync(context, order, change, cancellationToken).ConfigureAwait(false))
        {
            context.Finish();
            return;
        }

        // "换浅灰 没有浅灰就还是香槟色", said with the change or after it was recorded: the fallback rides on the record.
        // "130没货的话就140": another size instead, which the warehouse reads beside the change.
        var instead = OrderChanges.OtherIfMissing(request) is { } other ? change.InsteadIfMissing(other) : null;
        var fallback = context.State.Values.ContainsKey(KeepIfMissingKey) || OrderChanges.KeepsIfMissing(request) ? change.KeptIfMissing(order.Title) : instead;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Change] = change.Describe(order.Title) + (fallback is null ? string.Empty : "；" + fallback),
        };
        var courier = change.Kind == OrderChangeKind.Courier;
        // "能发中通吗", "不要发极兔": a courier the shop ships with anyway, or never, is no change to confirm.
        if (courier && order.Status == OrderStatus.AwaitingShipment && !order.HasRefundUnderWay
            && await UsualCourierAsync(context, order, change, cancellationToken).ConfigureAwait(false))
        {
            context.Finish();
            return;
        }

        switch (order.Status)
        {
            case OrderStatus.AwaitingShipment or OrderStatus.Shipped when order.HasRefundUnderWay:
                context.Say($"{Area}.refund_under_way", slots);
                break;
            // "还没付 付了以后能不能走顺丰": the courier goes on a note for the colleague who confirms it and the postage;
            // reordering changes no courier.
            case OrderStatus.AwaitingPayment when courier:
                await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, change.Reason, change.Note(order.Title) + "（订单待付款，付款后请同事确认能否安排及运费差价）", cancellationToken).ConfigureAwait(false);
                context.Say($"{Area}.unpaid_courier", slots);
                break;
            case OrderStatus.AwaitingPayment:
                context.Say($"{Area}.unpaid", slots);
                break;
            case OrderStatus.AwaitingShipment when AsksNewValue(context, order, change):
                return;
            case OrderStatus.AwaitingShipment:
                var asked = (await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false))
                    .Any(c => c.Kind == CaseKind.OrderChange && c.Status == CaseStatus.Open && c.Description == change.Note(order.Title, fallback));
                await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, change.Reason, change.Note(order.Title, fallback), cancellationToken).ConfigureAwait(false);
                // The same change asked again ("改好了没"): the open record stands (OpenCaseGuard) and the buyer hears where
                // it is, never the recording words again. A named courier is the note's business: the colleague who
                // confirms the postage writes here, so no person is called on top of it.
                context.Say(
                    asked ? $"{Area}.already_recorded"
                    : fallback is not null ? (fallback == instead ? $"{Area}.recorded_instead" : $"{Area}.recorded_fallback")
                    : context.State.Values.ContainsKey(CorrectsKey) ? $"{Area}.corrected" : courier ? $"{Area}.recorded_courier" : $"{Area}.recorded",
                    slots);
                // "换130的要补差价吗": the difference for the new spec, said beside the change, never as price protection.
                if (!courier && ChangePriceDifference.IsAsked(CompactText.Of(request)))
                {
                    context.Say(ChangePriceDifference.Template, slots);
                }

                if (!asked && OrderChanges.CourierBeside(request, change) is { } beside)
                {
                    await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, beside.Reason, beside.Note(order.Title), cancellationToken).ConfigureAwait(false);
                    context.Say($"{Area}.courier_beside", new Dictionary<string, string?>(slots, StringComparer.Ordinal) { [TemplateSlots.Change] = beside.Describe(order.Title) });
                }

                if (!asked)
                {
                    await OverdueBesideAsync(context, order, request, cancellationToken).ConfigureAwait(false);
                }

                // "明天能发出来不 发顺丰": the day asked beside the courier is answered too, never dropped.
                if (ShipTodayQuestion.Asks(CompactText.Of(request)))
                {
                    ShipTodayQuestion.Answer(context, order);
                }

                break;
            // "能发SF吗" on a parcel that left by 顺丰: it already goes the way asked, never "cannot be changed".
            case OrderStatus.Shipped when courier:
                var same = change.To is { } wanted && order.Carrier?.Contains(wanted[..Math.Min(2, wanted.Length)], StringComparison.OrdinalIgnoreCase) == true;
                context.Say($"{Area}.shipped_courier{(same ? "_same" : string.Empty)}{(order.TrackingNumber is null ? "_no_number" : string.Empty)}", slots);
                break;
            case OrderStatus.Shipped or OrderStatus.Completed when change.Kind is OrderChangeKind.Size or OrderChangeKind.Colour or OrderChangeKind.Spec:
                context.Say($"{Area}.shipped_exchange", slots);
                break;
            case OrderStatus.Shipped or OrderStatus.Completed:
                context.Say($"{Area}.shipped_reorder", slots);
                break;
            default:
                context.Say($"{Area}.closed", slots);
                break;
        }

        context.Finish();
    }

}
