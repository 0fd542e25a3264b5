using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "十月份那件T恤能补开发票吗", "过了一个月还能开吧": how long after the order an invoice may still be asked for. The
/// invoice policy sets no limit (refusing one is never allowed), so the answer is yes, with the order's payment date.
/// </summary>
public sealed partial class InvoiceFlow
{
    /// <summary>Answers the question with the order the flow works on, while it waits for an answer; false when not asked.</summary>
    public static bool TellsPeriod(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AsksPeriod(context.Compact) && context.State.OrderNumber is { } number && TellPeriod(context, number);
    }

    /// <summary>Answers the question right after an invoice was taken down or answered, about that order.</summary>
    public static bool TellsPeriodAfter(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        return state.ActiveFlow is null && state.LastFlow == IntentIds.Invoice && state.LastOrderNumber is { } number
            && AsksPeriod(context.Compact) && TellPeriod(context, number);
    }

    private static bool AsksPeriod(string compact) => PeriodAsked().IsMatch(compact);

    private static bool TellPeriod(FlowContext context, string orderNumber)
    {
        if (context.Services.Orders.Find(context.Input.BuyerId, orderNumber) is not { } order)
        {
            return false;
        }

        SayPeriod(context, order);
        return true;
    }

    private static void SayPeriod(FlowContext context, Order order) => context.Say("invoice.period", context.SlotsOf(order));

    [GeneratedRegex("补开|还(能|可以)(开|申请|补)|还能不能开|能不能补|过了.{0,8}(还|能|可以)(开|补|申请)|(开票|发票|补开).{0,6}(期限|时限)|(期限|时限).{0,6}(开票|发票)|(多久|多长时间|几个月|几天)(以内|之内|内)(都)?(能|可以)?(开|申请|补)")]
    private static partial Regex PeriodAsked();
}
