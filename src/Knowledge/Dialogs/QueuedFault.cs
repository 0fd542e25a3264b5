using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// While the buyer waits for a person: "灯到现在还是时亮时不亮" about the order in focus is written down as a repair (a
/// device under warranty) or a quality report for the colleague, with a video or photos invited, and as an exchange when
/// a new one is asked for with the fault ("要换个新的"), which "不换了 直接退货退款" turns into a return; "能不能直接换个新的"
/// or "把碎的补发给我" about a quality case already open is said back as passed on, the case left as it is (a repair
/// stays a repair), while a repair turned down ("不想修 我就要退钱") is closed, and the remedy the buyer demands of an open
/// report ("我不要修 直接退钱", "能修就修 修不了给我换") goes on it. Never a bare "your message was passed on".
/// </summary>
public static partial class QueuedFault
{
    private const string Area = "quality_listen";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = QualityProblems.Denied(context.Normalized) ? null : QualityProblems.Of(context.Normalized);
        var wantsNew = QualityReturnFlow.AsksForNewOne(context.Compact);
        if (problem is null && !wantsNew && !QualityReturnFlow.ChoosesRemedy(context) && !StillHandledAsked().IsMatch(context.Compact) && Demand(context.Compact) is null)
        {
            return false;
        }

        // "我上个月买的台灯 一闪一闪的 人工呢" from a buyer none of whose orders holds a lamp: said so, nothing written on
        // the order the chat was about or the one "上个月买的" dates, so the person does not start from socks that "flicker".
        if (context.Facts.UnownedProduct is { } unowned && context.Services.Orders.ExtractOrderNumbers(context.Text).Count == 0)
        {
            UnownedGoods.SayNotAmong(context, unowned, UnownedGoods.Bought(context));
            return true;
        }

        if (OrderInFocus(context) is not { } order)
        {
            return false;
        }

        var slots = context.SlotsOf(order);
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        var open = cases.Where(c => c.Status == CaseStatus.Open && QualityReturnFlow.QualityKinds.Contains(c.Kind)).ToList();
        if (open.Find(c => c.Kind == CaseKind.Repair) is { } refusedRepair && QualitySettlements.RefusesRepair(context.Normalized))
        {
            await CloseRefusedRepairAsync(context, order.OrderNumber, refusedRepair, cancellationToken).ConfigureAwait(false);
            context.Say($"{Area}.queued_repair_refused", slots);
            return true;
        }

        // "算了 不换了 直接退货退款" with the exchange open: the return replaces it, never a second record left open.
        if (open.Find(c => c.Kind == CaseKind.Exchange) is { } exchange && !wantsNew && RefundWanted().IsMatch(context.Compact) && !RefundRefused().IsMatch(context.Compact))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, exchange.Id, "买家改为退货退款", cancellationToken).ConfigureAwait(false);
            await context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, false, ProblemOf(exchange), exchange.PhotoUrls, cancellationToken).ConfigureAwait(false);
            context.Say($"{Area}.queued_exchange_to_return", slots);
            return true;
        }

        if (await DemandNotedAsync(context, order.OrderNumber, open, slots, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        if (open.Count > 0 && problem is null && !wantsNew && TellsStillHandled(context, order, slots))
        {
            return true;
        }

        if (open.Count > 0)
        {
            // "我再说一遍 起球 掉毛 缩水": the buyer has to repeat the fault, so an apology, and that nothing need be said again.
            context.Say(wantsNew && open.Any(c => c.Kind == CaseKind.Repair) ? $"{Area}.queued_repair_swap"
                : Repeated().IsMatch(context.Compact) ? $"{Area}.case_restated_while_queued" : $"{Area}.queued_case_noted", slots);
            return true;
        }

        if (problem is null)
        {
            return false;
        }

        var description = ProblemPhrases.WithItem(QualityProblems.Describe(problem.Value, context.Normalized), order.Title, context.Services.Analyzer.Products.ProductWords);
        if (wantsNew)
        {
            // "台灯一闪一闪的 要换个新的 转人工": a new one is asked for, so an exchange for the shop's fault, never a repair.
            await context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, true, $"{description}，买家要换新{QueuedNoteText}",
                context.Input.PhotoUrls, cancellationToken).ConfigureAwait(false);
            context.Say($"{Area}.queued_fault_exchange", slots);
            return true;
        }

        if (await RecordsReturnAsync(context, order, description, slots, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var repair = problem == QualityProblem.NotWorking && ProblemPhrases.Repairable(order.Title) && !QualitySettlements.RefusesRepair(context.Normalized);
        await context.Actions.RecordQualityCaseAsync(context.Turn, order.OrderNumber, repair ? CaseKind.Repair : CaseKind.QualityReport,
            description + QueuedNoteText, context.Input.PhotoUrls, cancellationToken).ConfigureAwait(false);
        context.Say(repair ? $"{Area}.queued_fault_repair" : $"{Area}.queued_fault_report", slots);
        return true;
    }

    private const string QueuedNoteText = "（买家排队等人工时反映，请同事一并处理）";

    /// <summary>The fault an open record names, without the queue's note or the remedy once wanted.</summary>
    private static string ProblemOf(CaseRecord recorded) =>
        WantedNote().Replace(QueuedNote().Replace(recorded.Description ?? QualityProblems.Label(QualityProblem.NotWorking), string.Empty), string.Empty);

    [GeneratedRegex("，买家要换新$")]
    private static partial Regex WantedNote();

    [GeneratedRegex("(?:不要|不用|不想|别|不)(?:退货|退款|退钱|退了)|不退")]
    private static partial Regex RefundRefused();

    /// <summary>
    /// "不想修 我就要退钱" with a repair open: the repair is closed, so nobody acts on what the buyer turned down, and the
    /// fault stays on a report with the remedy wanted instead, for the person to settle.
    /// </summary>
    private static async Task CloseRefusedRepairAsync(FlowContext context, string orderNumber, CaseRecord repair, CancellationToken cancellationToken)
    {
        await context.Actions.WithdrawCaseAsync(context.Turn, repair.Id, "买家不要维修", cancellationToken).ConfigureAwait(false);
        var wanted = RefundWanted().IsMatch(context.Compact) ? "要退款" : QualityReturnFlow.AsksForNewOne(context.Compact) ? "要换新" : "想换别的处理方式";
        var problem = ProblemOf(repair);
        await context.Actions.RecordQualityCaseAsync(context.Turn, orderNumber, CaseKind.QualityReport,
            $"{problem}（买家不要维修，{wanted}，请同事决定）", repair.PhotoUrls, cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex("退钱|退款|退货|全退|退了|把钱退")]
    private static partial Regex RefundWanted();

    [GeneratedRegex("（买家排队等人工时反映[^）]*）")]
    private static partial Regex QueuedNote();

    /// <summary>The one delivered order the line names, else the order the chat was about; null when neither is delivered.</summary>
    private static Order? OrderInFocus(FlowContext context)
    {
        var named = OrderResolver.Named(context);
        var order = named.Count == 1 ? named[0]
            : named.Count == 0 && (context.State.LastOrderNumber ?? context.State.OrderNumber) is { } focus ? context.Services.Orders.Find(context.Input.BuyerId, focus)
            : null;
        return order is { Status: OrderStatus.Shipped or OrderStatus.Completed } ? order : null;
    }

    [GeneratedRegex("再说一遍|再说一次|说了(?:多少|几|好几|无数)[遍次]|说过了|说好几遍|你们自己看|什么质量|什么破|垃圾")]
    private static partial Regex Repeated();
}
