using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "三条全退", "全部退", "都不要了 全退" right after the refund of an order was recorded in this conversation: the whole
/// order is what that refund covers, so the buyer hears it stands for every piece and its sum, never a line not
/// understood nor a menu. A count other than the order's pieces is no confirmation and is left to the flows.
/// </summary>
internal static partial class WholeRefundConfirmed
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number
            || !context.Told(RefundUnshippedFlow.RefundRequested, number)
            || Whole().Match(context.Compact) is not { Success: true } said
            || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var count = said.Groups["n"].Value;
        if (count.Length > 0 && DateMentions.Number(count) != Math.Max(order.Quantity, 1))
        {
            return false;
        }

        state.ClearClarification();
        context.Say("refund_unshipped.whole_order", context.SlotsOf(order));
        return true;
    }

    // "三条全退", "3件都退", "全部退掉", "两个都不要了 全退吧", "都退了吧".
    [GeneratedRegex("^(?:(?:那|那就|就)?(?:这|那)?(?<n>[0-9]{1,2}|[一二两三四五六七八九十])?(?:条|件|个|只|双|套|份|盒|包|瓶|张)?(?:都不要了)?(?:全部|全都|全|都|一起)(?:退|退掉|退了|退款|不要)(?:了)?(?:吧|啊|呀|哈|哦)?)$")]
    private static partial Regex Whole();
}
