using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What the buyer says of a parcel, read against how long it has been on the road. "我的东西到哪了 一直没动静" from a
/// buyer whose only parcel on its way left this morning and whose other order is overdue in the warehouse: the long
/// wait is the overdue order's, never a parcel of a few hours called stalled. "前几天才到 快递慢得要死": the goods came
/// late, no parcel to look for. "送上门要加5块": money asked by the courier, not a courier out of reach.
/// </summary>
public sealed partial class TrackFlow
{
    /// <summary>Days on the road under which a parcel is only just picked up: nothing can have stalled yet.</summary>
    private const double JustLeftDays = 1;

    private static bool JustLeft(OrderFacts facts) => facts.DaysSinceShipment < JustLeftDays;

    /// <summary>
    /// A long wait told with no order named nor in focus, when every parcel on its way only just left and an order is
    /// past the shipping promise: that order is the one waited for.
    /// </summary>
    private static bool WaitMeansOverdue(FlowContext context, TrackSituation situation)
    {
        if (situation != TrackSituation.Stalled || context.State.LastOrderNumber is not null || OrderResolver.Named(context).Count > 0
            || context.Facts.MatchedOrderNumbers.Count > 0)
        {
            return false;
        }

        var orders = context.Services.Orders;
        var own = orders.OrdersOf(context.Input.BuyerId).Where(o => !o.HasRefundUnderWay).ToList();
        var onTheWay = own.Where(o => o.Status == OrderStatus.Shipped).ToList();
        return onTheWay.Count > 0 && onTheWay.All(o => JustLeft(orders.Facts(o)))
            && own.Any(o => o.Status == OrderStatus.AwaitingShipment && orders.Facts(o).IsPastShippingPromise);
    }

    /// <summary>
    /// The buyer says the goods arrived, asking nothing ("今天到底能不能送来" is a question) and naming no problem with
    /// them: only the slow delivery is the matter.
    /// </summary>
    private static bool ArrivedLate(FlowContext context) =>
        context.Facts.Cues.AlreadyReceived && !context.Facts.Cues.NeverGot && !AsksSomething().IsMatch(context.Compact) && !QualityProblems.NamesAProblem(context.Normalized);

    /// <summary>Money is named with the courier's refusal ("送上门要加5块"): a fee asked, not a courier out of reach.</summary>
    private static bool AsksMoney(FlowContext context) => context.Normalized.Any(c => c is '钱' or '块' or '元' or '费');

    [GeneratedRegex("[吗么嘛?？]|能不能|会不会|可不可以|是不是")]
    private static partial Regex AsksSomething();
}
