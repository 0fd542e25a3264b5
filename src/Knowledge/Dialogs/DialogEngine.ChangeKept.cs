using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不对 我再量下…算了还是130" after 120→130 was recorded: the new value said again, so the open change stands and the
/// buyer hears it is kept, never that it was withdrawn and the order ships as bought.
/// </summary>
public sealed partial class DialogEngine
{
    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxSaidAgainLength = 16;

    /// <summary>
    /// "嗯 想了想 还是要130的吧" after 120→130 was recorded in this conversation, with no word of taking it back: the
    /// change stands, said so, never the fallback.
    /// </summary>
    private async Task<DialogOutcome?> ConfirmsOrderChangeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var refundPlanned = RefundIfUnchanged().IsMatch(context.Compact);
        if (context.State.ActiveFlow is not null || !(refundPlanned || (context.Compact.Length <= MaxSaidAgainLength && SaidAgain().IsMatch(context.Compact)))
            || context.State.LastOrderToldOf(OrderChangeFlow.FlowId + ".") is not { } number
            || _services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order)
        {
            return null;
        }

        var open = await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false);
        return refundPlanned ? PlansRefundIfUnchanged(context, order, open) : KeepsChange(context, order, open);
    }

    // "要是换不了我就退了重拍", "改不成的话我就退款重新买": the buyer's own fallback beside the change asked for.
    [GeneratedRegex("(?:换|改)不(?:了|成)|不能(?:换|改)|没法(?:换|改)|换不过来")]
    private static partial Regex RefundIfUnchanged();

    /// <summary>
    /// "要是换不了我就退了重拍" after a change was recorded: the record stands and her fallback is the sure way, said
    /// against the record; nothing is asked again and no refund is started before the colleague answers.
    /// </summary>
    private DialogOutcome? PlansRefundIfUnchanged(FlowContext context, Order order, IEnumerable<CaseRecord> open)
    {
        if (!RefundWord().IsMatch(context.Compact)
            || open.Select(ChangeOnRecord).OfType<OrderChange>().FirstOrDefault() is not { } recorded)
        {
            return null;
        }

        return SaidAgainstRecord(context, order, recorded, ".refund_if_unchanged");
    }

    [GeneratedRegex("退|重拍|重新拍|重新买|重新下单|再拍")]
    private static partial Regex RefundWord();

    // "还是要130的吧", "就130吧", "确定130", "130没错".
    [GeneratedRegex("还是|就要?|确定|没错|对的|嗯")]
    private static partial Regex SaidAgain();

    private DialogOutcome? KeepsChange(FlowContext context, Order order, IEnumerable<CaseRecord> open)
    {
        if (open.Select(ChangeOnRecord)
            .OfType<OrderChange>().FirstOrDefault(r => OrderChanges.KeepsNewValue(context.Normalized, r)) is not { } kept)
        {
            return null;
        }

        return SaidAgainstRecord(context, order, kept, ".kept");
    }

    /// <summary>The recorded change of <paramref name="order"/> said back in the order-change template <paramref name="situation"/>.</summary>
    private static DialogOutcome SaidAgainstRecord(FlowContext context, Order order, OrderChange recorded, string situation)
    {
        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say(OrderChangeFlow.FlowId + situation, new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Change] = recorded.Describe(order.Title),
        });
        return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
    }
}
