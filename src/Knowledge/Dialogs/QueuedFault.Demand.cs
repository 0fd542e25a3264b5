using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

public static partial class QueuedFault
{
    /// <summary>
    /// "不想修了 把钱退给我" while the buyer waits, before any answer about refunds reads it: the remedy demanded of the
    /// open quality report of the order in focus goes on it. False when the line demands none or no report is open.
    /// </summary>
    public static async Task<bool> TryDemandAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Demand(context.Compact) is null || OrderInFocus(context) is not { } order)
        {
            return false;
        }

        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        var open = cases.Where(c => c.Status == CaseStatus.Open && QualityReturnFlow.QualityKinds.Contains(c.Kind)).ToList();
        return await DemandNotedAsync(context, order.OrderNumber, open, context.SlotsOf(order), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "我不要修 直接退钱", "能修就修 修不了给我换" while the buyer waits and a quality report of the order is open: the
    /// remedy demanded goes on that report in the shop's words (recorded again with it, the earlier one withdrawn), so
    /// the colleague reads what the buyer wants last; said back as noted. False when the line demands none or it is
    /// already on the report.
    /// </summary>
    private static async Task<bool> DemandNotedAsync(FlowContext context, string orderNumber, List<CaseRecord> open, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        if (open.FindLast(c => c.Kind == CaseKind.QualityReport) is not { Description: { } description } report || Demand(context.Compact) is not { } demand)
        {
            return false;
        }

        var note = $"（买家要求：{demand}）";
        if (!description.Contains(note, StringComparison.Ordinal))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, report.Id, "买家补充了想要的处理，已连同原内容重新登记", cancellationToken).ConfigureAwait(false);
            await context.Actions.RecordQualityCaseAsync(context.Turn, orderNumber, CaseKind.QualityReport,
                DemandNote().Replace(description, string.Empty) + note, report.PhotoUrls, cancellationToken).ConfigureAwait(false);
        }

        context.Say($"{Area}.queued_demand_noted", new Dictionary<string, string?>(slots) { [Templates.TemplateSlots.Change] = demand });
        return true;
    }

    /// <summary>The remedy a line demands, in the shop's words, or null: repair first then a new one, money back, a new one.</summary>
    private static string? Demand(string compact) =>
        RepairThenNew().IsMatch(compact) ? "先维修，修不好换新"
        : QualitySettlements.RefusesRepair(compact) && RefundWanted().IsMatch(compact) ? "不要维修，要退款"
        : RefundWanted().IsMatch(compact) && !RefundRefused().IsMatch(compact) && Insists().IsMatch(compact) ? "退款"
        : QualityReturnFlow.AsksForNewOne(compact) && QualitySettlements.RefusesRepair(compact) ? "不要维修，要换新"
        : null;

    // "能修就修 修不了给我换", "修得好就修 修不好就换个新的", "先修 不行再换".
    [GeneratedRegex("(?:能修|修得好|可以修)(?:的话)?就?修.{0,4}(?:修不了|修不好|不能修|不行|修不)[^，,。]{0,6}换|先修.{0,4}(?:不行|修不好|修不了)(?:再|就)?换")]
    private static partial Regex RepairThenNew();

    // "直接退钱", "就要退款", "把钱退给我": the money demanded, never asked about.
    [GeneratedRegex("直接|就要|只要|我要|给我退|把钱退|退钱吧|退款吧")]
    private static partial Regex Insists();

    [GeneratedRegex("（买家要求：[^）]*）$")]
    private static partial Regex DemandNote();
}
