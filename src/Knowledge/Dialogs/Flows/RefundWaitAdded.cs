using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "18号晚上就付款了 等了三四天都没动静" right after this chat recorded the refund of an unshipped order: the wait the buyer
/// tells is the same problem, so it goes on that refund record (the days since payment, from the order, never the
/// buyer's sentence) and is said back with the way to apply; never a choice between hurrying and tracking.
/// </summary>
public static partial class RefundWaitAdded
{
    private const string WaitNote = "仍未发货";
    private const double HoursInDay = 24;

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number || !context.Told(RefundUnshippedFlow.RefundRequested, number)
            || !Waited().IsMatch(context.Compact) || Asks().IsMatch(context.Compact)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order
            || context.Services.Orders.Facts(order).HoursSincePayment is not { } hours)
        {
            return false;
        }

        // Only the slow shipping already recorded is the same problem; another reason recorded ("不想要了") is changed by
        // RefundReasonAfter, and a wait under a day is no wait to note.
        var recorded = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.RefundRequest).ConfigureAwait(false)).LastOrDefault();
        var slow = RefundReasons.Label(RefundReasons.SlowShipping);
        if (recorded?.Reason is not { } reason || !reason.StartsWith(slow, StringComparison.Ordinal) || hours < HoursInDay)
        {
            return false;
        }

        var days = ((int)Math.Floor(hours / HoursInDay)).ToString(CultureInfo.InvariantCulture);
        if (!reason.Contains(WaitNote, StringComparison.Ordinal))
        {
            var noted = $"{reason}（付款{days}天{WaitNote}）";
            await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, $"买家补充：{noted}", cancellationToken).ConfigureAwait(false);
            await context.Actions.RequestRefundAsync(context.Turn, number, noted, cancellationToken).ConfigureAwait(false);
        }

        state.ClearClarification();
        context.Say("refund_unshipped.wait_added", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Days] = days });
        return true;
    }

    // "等了三四天都没动静", "付款好几天了 一点消息没有", "都4天了": how long the unshipped order has waited; "还没发吧 别发了"
    // tells no wait.
    [GeneratedRegex("没动静|没(有)?消息|没反应|等了|(付|付款|拍|下单)(了)?(好|几|[一二两三四五六七八九十0-9])|(好|几|[一二两三四五六七八九十0-9]+)天(了|都)")]
    private static partial Regex Waited();

    // "怎么退款", "钱多久回来", "能快点吗": a question of its own, answered where it is asked.
    [GeneratedRegex("[?？]|怎么|咋|多久|吗|么|什么时候|啥时候|能不能|可不可以")]
    private static partial Regex Asks();
}
