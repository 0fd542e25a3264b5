using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我弟穿 他就170 瘦", "一米七五穿多大" about the order in focus, goods sold in sizes (its title names the size bought): which size
/// fits that body is the size chart's to say (the shop keeps none here), so the buyer is pointed to it, to pre-sales or
/// to a person, never "没太理解".
/// </summary>
public static partial class WearerSize
{
    /// <summary>Longer lines carry a need of their own; a body measure added in passing is short.</summary>
    private const int MaxLength = 24;

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number || context.Compact.Length > MaxLength
            || !WearerMeasure.Tells(context.Compact) || OtherNeed().IsMatch(context.Compact)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || Flows.LabelSize.Bought(order.Title) is null
            // "娃现在快125了" after a size change on that order is the change's to answer (its note named with the chart).
            || state.LastOrderToldOf(OrderChangeFlow.FlowId + ".") == number)
        {
            return false;
        }

        context.Say("focus.wearer_size", context.SlotsOf(order));
        return true;
    }

    // A need beside the measure is the need's to answer: a refund, a return, a parcel, an address, a price.
    [GeneratedRegex("退|坏|破|发货|快递|物流|地址|多少钱|价格|优惠|发票")]
    private static partial Regex OtherNeed();
}
