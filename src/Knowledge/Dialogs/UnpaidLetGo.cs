using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "没有黑色的话就算了 我先不付了", "不付会自动取消吗" about the unpaid order just talked about: nothing was paid and
/// nothing needs doing, since the system closes it by itself; never "money was taken", a person, or a cancel menu.
/// </summary>
internal static partial class UnpaidLetGo
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || !NotPaying().IsMatch(context.Compact))
        {
            return false;
        }

        var named = OrderResolver.Named(context);
        var order = named.Count > 0 ? named.FirstOrDefault(o => o.Status == OrderStatus.AwaitingPayment)
            : context.State.LastOrderNumber is { } focus ? context.Services.Orders.Find(context.Input.BuyerId, focus) : null;
        if (order is not { Status: OrderStatus.AwaitingPayment })
        {
            return false;
        }

        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say("listen.unpaid_let_go", context.SlotsOf(order));
        return true;
    }

    [GeneratedRegex("(?:不|别)(?:想|打算|用|要|再)?(?:付|支付)(?:款|钱)?|(?:先|暂时|那就|就)不(?:买|要)了")]
    private static partial Regex NotPaying();
}
