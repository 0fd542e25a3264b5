using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "提示订单异常", "是不是你们链接有问题" about a payment that fails: the payment policy's answer for the order still
/// waiting for payment (the one meant whatever else the buyer has), never a list of orders already paid. Money taken
/// that the orders do not show is <see cref="MoneyTaken"/>'s.
/// </summary>
public static partial class PaymentTrouble
{
    private const string PaymentFailed = "payment-failed";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        var aboutPaying = Paying().IsMatch(compact) || context.State.AnsweredPolicies.LastOrDefault() == PaymentFailed;
        if (!aboutPaying || !Blames().IsMatch(compact) || Charged().IsMatch(compact))
        {
            return false;
        }

        var unpaid = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.Status == OrderStatus.AwaitingPayment).ToList();
        var named = OrderResolver.Named(context).Where(unpaid.Contains).ToList();
        var order = named.Count > 0 ? named[0]
            : unpaid.FirstOrDefault(o => o.OrderNumber == context.State.LastOrderNumber) ?? unpaid.OrderByDescending(o => o.CreatedAt).FirstOrDefault();
        var slots = order is null
            ? new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                [TemplateSlots.PromiseHours] = context.Services.OrdersOptions.ShippingPromiseHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }
            : context.SlotsOf(order);
        context.State.ClearClarification();
        if (order is not null)
        {
            context.State.LastOrderNumber = order.OrderNumber;
        }

        context.Say(order is null ? "presale.payment_no_order" : "presale.payment_unpaid_order", slots);
        context.State.RememberPolicy(PaymentFailed);
        return true;
    }

    [GeneratedRegex("付款|支付|付钱|付不|花呗|信用卡|储蓄卡|订单异常|下单异常")]
    private static partial Regex Paying();

    /// <summary>The buyer asks whether the shop's side is at fault, or the page says the order is abnormal.</summary>
    [GeneratedRegex("链接|连接|连结|订单异常|下单异常|显示异常|提示异常|系统(有)?问题|(你们|店铺|店里|你家)[^，,]{0,4}问题|bug")]
    private static partial Regex Blames();

    /// <summary>Money the buyer says was taken: a person checks the payment records (<see cref="MoneyTaken"/>).</summary>
    [GeneratedRegex("扣(了|款|钱)|被扣|付过款|付了|付完|付款后|已(经)?(付|支付)|支付成功|付款成功|钱(已经|都)?(付|扣)了")]
    private static partial Regex Charged();
}
