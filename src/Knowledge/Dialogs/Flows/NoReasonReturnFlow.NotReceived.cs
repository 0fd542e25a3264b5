using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class NoReasonReturnFlow
{
    /// <summary>
    /// "枕套還沒收到 到了能換成白色嗎" nineteen days after shipping: the seven days count from receipt, so a parcel the buyer
    /// says has not come is inside them whatever the shipping date suggests.
    /// </summary>
    private static bool SaysNotReceived(FlowContext context, Order order) =>
        order.Status == OrderStatus.Shipped && !context.Facts.Cues.AlreadyReceived && !context.State.GoodsInHand
        && NotReceived().IsMatch(context.Compact);

    [GeneratedRegex("还?没(?:有)?(?:收到|到货|拿到)|还没到")]
    private static partial Regex NotReceived();
}
