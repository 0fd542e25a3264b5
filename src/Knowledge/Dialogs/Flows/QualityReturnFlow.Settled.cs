using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Settling a quality case the way the buyer wants once the goods are in hand: part of the money back for a person
/// to decide, a compensation instead of a return (the return it replaces is withdrawn), and a fault found after the
/// return window taken as a repair under warranty, never as a return.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string PartialRefundWish = "partial_refund";

    /// <summary>A small compensation chosen with no sum yet: the sum is asked like that of a partial refund.</summary>
    private const string CompensationWish = "compensation";
    private const string UsedDaysKey = "used_days";
    private const string PartialSumAskedKey = "partial_sum_asked";
    private const string PartialCapOfferedKey = "partial_cap_offered";

    /// <summary>Days from signing within which goods may go back; later a fault is repaired, not returned.</summary>
    public const int ReturnWindowDays = 7;

    private static readonly CaseKind[] Replaceable = [CaseKind.Return, CaseKind.Exchange, CaseKind.Reship, CaseKind.Repair, CaseKind.QualityReport];

    /// <summary>
    /// The goods have been with the buyer longer than the return window: the buyer says so ("用了三周", "买了半个月"),
    /// or the trade completed more than the window after signing.
    /// </summary>
    private static bool AfterReturnWindow(FlowContext context, Order order) =>
        (context.State.Values.TryGetValue(UsedDaysKey, out var used) && int.TryParse(used, System.Globalization.CultureInfo.InvariantCulture, out var days) && days > ReturnWindowDays)
        || (order.Status == OrderStatus.Completed && context.Services.Orders.Facts(order).DaysSinceShipment > ReturnWindowDays + NoReasonReturnFlow.DaysToSign);

    /// <summary>Keeps how long the buyer says they have had the goods, in days.</summary>
    private static void ReadUsage(FlowContext context)
    {
        var m = UsedFor().Match(context.Compact);
        if (!m.Success)
        {
            return;
        }

        var count = m.Groups["half"].Success ? 0.5 : Count(m.Groups["n"].Value);
        var unit = m.Groups["u"].Value switch
        {
            "天" => 1,
            "月" => 30,
            "年" => 365,
            _ => 7,
        };
        if (count > 0)
        {
            context.State.Values[UsedDaysKey] = ((int)Math.Round(count * unit)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static double Count(string number) => number switch
    {
        "" or "一" or "个" => 1,
        "两" or "二" => 2,
        "三" => 3,
        "四" => 4,
        "五" => 5,
        "六" => 6,
        "七" => 7,
        "八" => 8,
        "九" => 9,
        "十" => 10,
        "几" => 3,
        "半" => 0.5,
        _ => double.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0,
    };

    /// <summary>
    /// What this conversation recorded on the order and the buyer's new wish replaces (a return, an exchange, a bare
    /// report) is withdrawn, so no return is left behind when the buyer keeps the goods.
    /// </summary>
    private static async Task WithdrawReplacedAsync(FlowContext context, string orderNumber, string note, CancellationToken cancellationToken)
    {
        foreach (var record in await OpenCases.HereAsync(context, orderNumber, cancellationToken, Replaceable).ConfigureAwait(false))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, note, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Part of the money back or a compensation while the buyer keeps the goods, no sum named: the sum is asked for once
    /// (for a compensation with two sums within the cap to pick from); asked and still none, the most the bot may give
    /// is offered as the one sum (taken, it is recorded; turned down, a supervisor). Never a record without a sum.
    /// </summary>
    private static void AskSettlementSum(FlowContext context, string orderNumber)
    {
        var state = context.State;
        var cap = context.Services.Options.MaxBotCompensation;
        var slots = new Dictionary<string, string?>
        {
            [Templates.TemplateSlots.OrderNumber] = orderNumber,
            [Templates.TemplateSlots.Amount] = cap.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            [Templates.TemplateSlots.SmallAmount] = Math.Floor(cap / 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        };
        state.OrderNumber = orderNumber;
        // "不想退 来回寄太麻烦 给点补偿就算了": the return turned down with the choice is never offered back later.
        KeepRefused(context);
        if (state.Values.GetValueOrDefault(WishKey) != PartialRefundWish)
        {
            state.Values[WishKey] = CompensationWish;
        }

        var partial = state.Values[WishKey] == PartialRefundWish ? "partial_refund" : "compensation";
        if (state.Values.ContainsKey(PartialCapOfferedKey))
        {
            // The cap offered and neither taken nor turned down: a colleague agrees the sum with the buyer.
            context.Say("quality_return.needs_supervisor", slots);
            context.NeedPerson(Compensation);
            context.Finish();
            return;
        }

        if (state.Values.ContainsKey(PartialSumAskedKey))
        {
            state.Values[PartialCapOfferedKey] = "yes";
            state.Values[WithinLimitOfferedKey] = "yes";
            state.Values[OfferedKey] = "yes";
            context.Say($"quality_return.{partial}_cap_offer", slots);
            context.Suggest("可以", "不接受");
            context.Await(DialogSteps.AskCompensation);
            return;
        }

        state.Values[PartialSumAskedKey] = "yes";
        context.Say($"quality_return.{partial}_ask_sum", slots);
        context.Await(DialogSteps.AskCompensation);
    }

    /// <summary>
    /// Part of the money back above what the bot may give: recorded at the sum the buyer asked (a supervisor decides,
    /// the register shows it as not yet agreed), what it replaces withdrawn, and the chat handed to a person.
    /// </summary>
    private static async Task RecordPartialRefundAboveCapAsync(FlowContext context, Order order, decimal amount, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        await WithdrawReplacedAsync(context, order.OrderNumber, "买家改为保留商品、部分退款", cancellationToken).ConfigureAwait(false);
        var told = await ProblemToldAsync(context, order, cancellationToken).ConfigureAwait(false);
        var problem = told is null ? string.Empty : $"{told}；";
        var asked = amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        await context.Actions.RequestCompensationAsync(context.Turn, order.OrderNumber, amount, $"{problem}买家保留商品，要求部分退款{asked}元", cancellationToken).ConfigureAwait(false);
        context.Say("quality_return.partial_refund_above_cap", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.AskedAmount] = asked,
            [Templates.TemplateSlots.Amount] = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        });
        context.NeedPerson(Compensation);
        context.Finish();
    }

    // "用了三周", "买了半个月了", "收到快一个月", "用了10天".
    [GeneratedRegex("(用了|买了|收到|到手|拿到|穿了|戴了|装了)(快|有|都|已经|差不多|大概)?(?:(?<half>半)个?|(?<n>[0-9]{1,3}|[一二两三四五六七八九十几])(个)?)(?<u>天|周|星期|礼拜|月|年)")]
    private static partial Regex UsedFor();
}
