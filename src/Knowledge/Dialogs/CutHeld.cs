using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "其他的先别发", "那先别发货" after fewer pieces were recorded on an order still to ship, with the money of the pieces
/// dropped left to a colleague: the buyer wants nothing sent until that is settled, so the rest of the order is held
/// beside the cut (a hold record), and the cut no longer tells the warehouse to ship the rest as usual.
/// </summary>
public static partial class CutHeld
{
    private const string ShipsRest = "其余照常发货";
    private const string HeldRest = "其余先别发货，等同事核实部分退款后再定";

    /// <summary>True when the line holds the rest of the order: "其他的先别发", "那先别发货", "剩下的也先不要寄".</summary>
    public static bool HoldsRest(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return Held().IsMatch(compact) && !Released().IsMatch(compact);
    }

    /// <summary>The hold recorded beside the cut and said; false when the line or the record is no such hold.</summary>
    public static async Task<bool> TryHoldAsync(FlowContext context, Order order, CaseRecord cut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(cut);
        if (!FewerPiecesRecord.IsCut(cut) || !HoldsRest(context.Compact) || cut.Description is not { } description)
        {
            return false;
        }

        if (!description.Contains(HeldRest, StringComparison.Ordinal))
        {
            var held = description.Contains(ShipsRest, StringComparison.Ordinal) ? description.Replace(ShipsRest, HeldRest, StringComparison.Ordinal) : $"{description}；{HeldRest}";
            await context.Actions.WithdrawCaseAsync(context.Turn, cut.Id, "买家要求其余的先别发，已连同原内容重新登记", cancellationToken).ConfigureAwait(false);
            await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, cut.Reason ?? OrderChangeFlow.FewerReason, held, cancellationToken).ConfigureAwait(false);
            await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, "买家要求整单先别发货，等少发部分能否单独退款核实后再定", cancellationToken).ConfigureAwait(false);
        }

        context.Say("focus.cut_held", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.Amount] = FewerPiecesRecord.AskedSum(cut, order),
        });
        return true;
    }

    // "先别发", "那先别发货", "都先不要寄", "暂时别发", "其他的别发", "剩下的也先别发", "先压着"; "这么多天都不发" is a
    // complaint, never a hold.
    [GeneratedRegex("(?:先|暂时|暂且)(?:都|也)?(?:别|不要|不用|不|停)(?:给我)?(?:发|寄)|(?:其他|其它|其余|别的|剩下|另一|另外)[^，,。]{0,4}(?:别|不要|不用)(?:给我)?(?:发|寄)|先(?:压|停|扣|留)(?:着|住|一下)")]
    private static partial Regex Held();

    // "另一套照常发", "先别发…算了 还是发吧": the rest is wanted out after all; "都不要了 全退": the order given up.
    [GeneratedRegex("照常发|正常发|还是发|继续发|可以发|全退|整单退|退款|不要了|取消")]
    private static partial Regex Released();
}
