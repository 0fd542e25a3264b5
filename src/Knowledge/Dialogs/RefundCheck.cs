using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "帮我查查 不行给我转人工" about a refund shown as paid back whose money has not come: a colleague gets a record to act
/// on (where the money went, a refund proof for the buyer), not only the chat. One open check per order.
/// </summary>
internal static partial class RefundCheck
{
    /// <summary>The check recorded, said to the buyer; a person may follow in the same turn.</summary>
    public const string Noted = "needs.refund_check_noted";

    /// <summary>
    /// "帮我查查", "不行给我转人工", "都两个礼拜了还没到" about the order whose paid-back refund the buyer is waiting for (named,
    /// or in focus after the bot said it was paid back): the check is recorded and said once.
    /// </summary>
    public static async Task<bool> TryNoteAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Awaited(context) is not { } order)
        {
            return false;
        }

        await NoteAsync(context, order, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Records the check on <paramref name="order"/> unless one is open, and tells the buyer once.</summary>
    public static async Task NoteAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (await RecordAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            context.Say(Noted, context.SlotsOf(order));
        }
    }

    /// <summary>
    /// Records the check on <paramref name="order"/> unless one is open, for a reply that already says a colleague looks
    /// into the money. Returns whether it was recorded now.
    /// </summary>
    public static async Task<bool> RecordAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        context.State.LastOrderNumber = order.OrderNumber;
        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.RefundCheck).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await context.Actions.RequestRefundCheckAsync(context.Turn, order.OrderNumber, Description(context), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>"帮我查查", "核实一下", "查一下钱去哪了": the buyer asks the shop to look into it.</summary>
    public static bool Asked(string compact) => CheckWords().IsMatch(compact);

    private static Order? Awaited(FlowContext context)
    {
        var compact = context.Compact;
        var moneyMissing = RefundMoneyMissing.IsAsked(compact);
        if (!(moneyMissing || Asked(compact) || context.Input.Understanding.HandoffRequested))
        {
            return null;
        }

        if (moneyMissing)
        {
            return LessCommonNeeds.Pick(context, o => o.Refund == RefundStatus.Succeeded) is { Refund: RefundStatus.Succeeded } named ? named : null;
        }

        return context.State.LastOrderNumber is { } last && RefundMoneyMissing.ToldPaidBack(context, last)
            && context.Facts.MatchedOrderNumbers.All(n => n == last)
            && context.Services.Orders.Find(context.Input.BuyerId, last) is { Refund: RefundStatus.Succeeded } focus
                ? focus
                : null;
    }

    /// <summary>What the buyer said, in the shop's words: the way they paid and the days waited, when said in this chat.</summary>
    private static string Description(FlowContext context)
    {
        var way = RefundTiming.WayNamedBefore(context.State) switch
        {
            "huabei" => "花呗",
            "credit_card" => "信用卡",
            "debit_card" => "储蓄卡",
            "card" => "卡",
            "alipay" => "支付宝余额",
            _ => null,
        };
        var days = LessCommonNeeds.DaysSaid(context.Normalized) is { } waited ? $"，已等{waited.ToString(CultureInfo.InvariantCulture)}天左右" : string.Empty;
        var paid = way is null ? string.Empty : $"（{way}付款）";
        return $"订单显示退款成功，买家说钱还没到账{paid}{days}：请核实退款去向，给买家退款凭证";
    }

    [GeneratedRegex("(帮我|给我|麻烦|你们|帮忙|能不能|可以)?(查查|查一下|查下|查一查|核实|核查|核对一下)|去查|看看怎么回事|怎么回事")]
    private static partial Regex CheckWords();
}
