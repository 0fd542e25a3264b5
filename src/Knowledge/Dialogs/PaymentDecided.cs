using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "算了不用了 我直接付吧", "那还是按原价付了吧" after coupons or a lower price were talked over: the buyer decides to pay
/// the unpaid order as it is. Acknowledged with where to pay, when it ships after payment and when an unpaid order
/// closes; never read as a refund or a cancellation.
/// </summary>
internal static partial class PaymentDecided
{
    private const string Template = "orders.pays_as_is";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        // "我现在去付款" alone is a plan, which the payment answers see off; this is the decision said after talk of the price.
        if (context.State.ActiveFlow is not null || LineFrame.IsPlan(compact) || !Decided().IsMatch(compact) || Otherwise().IsMatch(compact)
            || Unpaid(context) is not { } order)
        {
            return false;
        }

        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say(Template, context.SlotsOf(order));
        return true;
    }

    /// <summary>The unpaid order named, else the one in focus when unpaid, else the buyer's only unpaid order.</summary>
    private static Order? Unpaid(FlowContext context)
    {
        static bool Waits(Order o) => o.Status == OrderStatus.AwaitingPayment;
        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.Count == 1 && Waits(named[0]) ? named[0] : null;
        }

        var orders = context.Services.Orders;
        if ((context.State.OrderNumber ?? context.State.LastOrderNumber) is { } focus && orders.Find(context.Input.BuyerId, focus) is { } inFocus && Waits(inFocus))
        {
            return inFocus;
        }

        var waiting = orders.OrdersOf(context.Input.BuyerId).Where(Waits).ToList();
        return waiting.Count == 1 ? waiting[0] : null;
    }

    // "我直接付吧", "那还是付了吧", "原價付吧" (read folded to Simplified), "算了 那我去付款"; never "已经付了", "钱早就付了啊".
    [GeneratedRegex("(?<!已经|已|刚|早|都)(?:直接|还是|就|这就|马上|现在|原价|那就|那我|我)(?:去|就)?(?:付款|付钱|支付|付|拍下|拍)(?:了吧|吧|去了|去|好了)|(?:我|那我)(?:这就|马上|现在|待会)?去(?:付款|付钱|支付|付)")]
    private static partial Regex Decided();

    // A refund, a cancellation, a doubt or a question about paying is another need: "付了吗", "不付了", "付不了".
    [GeneratedRegex("退|取消|不要了|不想要|不付|付不了|付不出|付过|付了吗|付了没|付了啊|付了的|已经付|早就付|怎么付|在哪付|扣款|扣钱|重复")]
    private static partial Regex Otherwise();
}
