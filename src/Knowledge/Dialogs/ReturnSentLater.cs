using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "晚点再寄回去可以吗", "过几天再寄回行吗", "周末再去寄可以不" about an open return, exchange or repair of the order in
/// talk, or of a return just talked about: how long the buyer has to send the goods back, never a shipping delay
/// ("仓库这边不能再推迟") nor a new record.
/// </summary>
public static partial class ReturnSentLater
{
    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxLength = 20;

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (context.Compact.Length > MaxLength || !SendLater().IsMatch(context.Compact) || !Asked().IsMatch(context.Compact)
            || state.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, number, cancellationToken).ConfigureAwait(false);
        var recorded = cases.Any(c => c.Status == CaseStatus.Open && c.Kind is CaseKind.Return or CaseKind.Exchange or CaseKind.Repair);
        // Right after a return was talked about with none recorded yet ("T恤买大了 想退货" answered with the rules): the
        // same wait, with the application still to be made.
        var talkedAbout = state.LastFlow is IntentIds.NoReasonReturn or IntentIds.QualityReturn && order.Status is OrderStatus.Shipped or OrderStatus.Completed;
        if (!recorded && !talkedAbout)
        {
            return false;
        }

        state.ClearClarification();
        context.Say(recorded ? "no_reason_return.send_back_later" : "no_reason_return.send_back_later_apply", context.SlotsOf(order));
        return true;
    }

    // "晚点再寄回去", "过几天再寄回", "周末再去寄", "下週再寄過去", "等我回来再寄": the sending back put off.
    [GeneratedRegex("(?:晚点|晚些|晚一点|过几天|过两天|过段时间|周末|礼拜天|星期天|下周|下礼拜|明天|后天|改天|回头|等.{1,8})(?:再|才)?(?:去)?(?:寄|退|发)(?:回|过)?(?:去|来)?")]
    private static partial Regex SendLater();

    [GeneratedRegex("(?:可以|行|能|成|来得及|可不可以|行不行|没事|没关系|要紧)(?:吗|嘛|么|不|吧|伐|没)?[?？]?$|吗[?？]?$|[?？]$")]
    private static partial Regex Asked();
}
