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
        if (context.State.ActiveFlow is not null || context.Compact.Length > MaxSaidAgainLength || !SaidAgain().IsMatch(context.Compact)
            || context.State.LastOrderToldOf(OrderChangeFlow.FlowId + ".") is not { } number
            || _services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order)
        {
            return null;
        }

        var open = await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false);
        return KeepsChange(context, order, open);
    }

    // "还是要130的吧", "就130吧", "确定130", "130没错".
    [GeneratedRegex("还是|就要?|确定|没错|对的|嗯")]
    private static partial Regex SaidAgain();

    private DialogOutcome? KeepsChange(FlowContext context, Order order, IEnumerable<CaseRecord> open)
    {
        if (open.Select(r => OrderChanges.Read(ItemNote().Replace(r.Description ?? string.Empty, string.Empty)))
            .OfType<OrderChange>().FirstOrDefault(r => OrderChanges.KeepsNewValue(context.Normalized, r)) is not { } kept)
        {
            return null;
        }

        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say(OrderChangeFlow.FlowId + ".kept", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Change] = kept.Describe(order.Title),
        });
        return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
    }
}
