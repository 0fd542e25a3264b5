using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "快递员说我买的浴巾送上楼要加8块" from a buyer none of whose orders holds a towel: the goods not found are said, and
/// the fee is answered all the same (the postage covers delivery to the address, so nothing extra is paid), on the
/// parcel of hers the courier carries: her one parcel on its way, or the one of the carrier she names ("中通的 给不给啊").
/// The courier is chased on that order with a record; never the missing goods told again instead of the fee.
/// </summary>
public static partial class CourierFeeOnOwnParcel
{
    private const string WhichParcel = "orders.unowned_courier_fee";
    private const string FeeAnswered = "track.courier_problem";

    /// <summary>True when the fee was answered (and the courier chased when the parcel is known).</summary>
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || context.Services.Orders.ExtractOrderNumbers(context.Text).Count > 0)
        {
            return false;
        }

        var compact = context.Compact;
        var unowned = context.Facts.UnownedProduct;
        var first = unowned is not null && TrackSituations.IsCourierProblem(context.Normalized) && FeeWords().IsMatch(compact);
        var carrierNamed = CarrierOf(compact);
        var after = !first && context.Told(WhichParcel, null) && (carrierNamed is not null || PayAsked().IsMatch(compact));
        if (!first && !after)
        {
            return false;
        }

        state.ClearClarification();
        var onTheWay = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.Status == OrderStatus.Shipped).ToList();
        var carried = carrierNamed is null ? onTheWay : [.. onTheWay.Where(o => CarrierOf(o.Carrier ?? string.Empty) == carrierNamed)];
        if (first)
        {
            UnownedGoods.SayNotAmong(context, unowned!, UnownedGoods.Bought(context));
        }

        if (carried.Count != 1)
        {
            context.Say(WhichParcel, new Dictionary<string, string?>
            {
                [Templates.TemplateSlots.OrderList] = string.Join("、", onTheWay.Select(o => $"{o.Title.Split(' ')[0]}（{o.Carrier}）")),
            });
            return true;
        }

        var order = carried[0];
        state.UnownedItem = null;
        state.LastOrderNumber = order.OrderNumber;
        context.Say(FeeAnswered, context.SlotsOf(order));
        await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, "买家反映快递要加钱才送货上楼或让买家自取，请联系网点按地址派送，买家不另付钱", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The carrier a text names, by the two characters every name of it starts with ("中通", "顺丰"); null when none.</summary>
    private static string? CarrierOf(string text) => Carrier().Match(text) is { Success: true } named ? named.Value : null;

    [GeneratedRegex("中通|顺丰|圆通|韵达|申通|邮政|京东|极兔|德邦")]
    private static partial Regex Carrier();

    [GeneratedRegex("钱|块|元|费")]
    private static partial Regex FeeWords();

    // "给不给啊", "要不要给", "该不该付", "这钱给吗": whether to pay the courier.
    [GeneratedRegex("给不给|要不要给|该不该给|要给吗|得给吗|付不付|要不要付|该不该付|要付吗|给他吗|给吗|加不加")]
    private static partial Regex PayAsked();
}
