using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Whether the buyer no longer wants a parcel that has not reached her: how the refusal answers find that parcel.</summary>
internal static partial class RefusedParcel
{
    /// <summary>
    /// "保温杯不要了 超市买了一样的": a parcel on its way that the buyer no longer wants, no fault named: refused or
    /// stopped (the refund flow tells how), never a defect menu.
    /// </summary>
    public static bool UnwantedOnTheWay(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!SaysUnwanted(context))
        {
            return false;
        }

        // "东西还在路上 没收到 我不要了" naming no order: the shipped parcel in focus, even with its refund applied for.
        var named = OrderResolver.Named(context);
        return named is [{ Status: OrderStatus.Shipped, HasRefundUnderWay: false }]
            || (named.Count == 0 && SaysOnTheWay(context) && context.State.LastOrderNumber is { } last
                && context.Services.Orders.Find(context.Input.BuyerId, last) is { Status: OrderStatus.Shipped });
    }

    /// <summary>"东西还在路上 没收到 我不要了": the goods are not wanted and have not arrived, whichever order the flow took.</summary>
    public static bool SaysUnwantedOnTheWay(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SaysUnwanted(context) && SaysOnTheWay(context);
    }

    private static bool SaysUnwanted(FlowContext context) =>
        NotWanted().IsMatch(context.Compact) && !QualityProblems.NamesAProblem(context.Normalized) && !QualityProblems.AlreadyOpened(context.Normalized);

    private static bool SaysOnTheWay(FlowContext context) => OnTheWay().IsMatch(context.Compact) && !context.State.GoodsInHand;

    [GeneratedRegex("在路上|没收到|还没到|没到货|没签收|在运输")]
    private static partial Regex OnTheWay();

    [GeneratedRegex("不要了|不想要|不需要了|用不上了|不买了|(?:别家|别处|超市|实体店|京东|拼多多|线下)买了|买重了")]
    private static partial Regex NotWanted();
}
