using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "算了不用了 还是整单退吧 我重新拍一份" after this chat noted a change or fewer pieces on an order still to ship: the
/// buyer switches to a whole refund, so the change is withdrawn (nobody ships what she no longer wants) and the refund
/// recorded with the change's own reason (ordered wrong), never a reason asked again; she hears the change is withdrawn,
/// where to apply, and, when she says she orders again, that the new order is at the page's price.
/// </summary>
public sealed partial class RefundUnshippedFlow
{
    private static async Task<bool> SwitchesToWholeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.State.Step is not null || !TakesWholeRefund(context.Compact)
            || context.Facts.Cues.IsQuestion || context.Facts.Cues.Conditional.Count > 0
            || (context.State.LastOrderToldOf("order_change.", "refund_unshipped.") ?? context.State.LastOrderNumber) is not { } orderNumber
            || OrderResolver.Named(context) is { Count: > 0 } named && !named.Any(o => o.OrderNumber == orderNumber)
            || context.Services.Orders.Find(context.Input.BuyerId, orderNumber) is not { Status: Orders.OrderStatus.AwaitingShipment, HasRefundUnderWay: false } order)
        {
            return false;
        }

        var open = await OpenCases.HereAsync(context, orderNumber, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false);
        if (open.Count == 0 || open[^1].Description is not { } description)
        {
            return false;
        }

        foreach (var change in open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, change.Id, "买家改为整单退款，原修改申请撤回", cancellationToken).ConfigureAwait(false);
        }

        context.Say("refund_unshipped.change_replaced", new Dictionary<string, string?>(context.SlotsOf(order))
        {
            [TemplateSlots.Change] = description.Split('；', '（')[0].Split('：')[0],
        });
        context.State.OrderNumber = orderNumber;
        context.State.Values[ReasonKey] = RefundReasons.Of(context.Facts.Reason) ?? RefundReasons.WrongItem;
        await RecordAsync(context, cancellationToken).ConfigureAwait(false);
        if (OrdersAgain().IsMatch(context.Compact) && context.State.Values.GetValueOrDefault(ReasonKey) != RefundReasons.Price)
        {
            context.Say("refund_unshipped.reorder_page_price");
        }

        return true;
    }

    /// <summary>
    /// "算了 还是整单退吧", "還是整單退款吧": a whole refund taken instead of what was asked, never turned down ("别让我整单退")
    /// nor a take-back that ships the order as bought.
    /// </summary>
    public static bool TakesWholeRefund(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return WholeOrder().IsMatch(compact) && !WholeRefused().IsMatch(compact) && RefundWord().IsMatch(compact);
    }

    [GeneratedRegex("退|取消")]
    private static partial Regex RefundWord();

    [GeneratedRegex("重新(?:拍|下单|买|下)|再(?:拍|下单|买)|重拍")]
    private static partial Regex OrdersAgain();
}
