using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "算了 今天能发就不退", "明天发得出的话我就不取消了": a refund of an unshipped order kept only if it ships in time.
/// The refund is neither left plain nor dropped: a refund this chat recorded is withdrawn and the shop gets one note
/// with both branches (ship by then, else refund in full); a refund under way on the platform stays for the buyer to
/// withdraw once the parcel is out, with the same note. The buyer hears what happens either way.
/// </summary>
public static partial class RefundWithdrawal
{
    public static async Task<bool> TryOnConditionAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || ShipsThenKeeps().Match(context.Compact) is not { Success: true } condition)
        {
            return false;
        }

        var waiting = Refunding(context).Where(o => o.Status == OrderStatus.AwaitingShipment).ToList();
        var order = waiting.Find(o => o.OrderNumber == context.State.LastOrderNumber) ?? (waiting.Count == 1 ? waiting[0] : null);
        if (order is null)
        {
            return false;
        }

        var when = condition.Groups["when"].Success ? condition.Groups["when"].Value : "今天";
        var amount = order.AmountPaid.ToString("0.00", CultureInfo.InvariantCulture);
        var recordedHere = RecordedInConversation(context, order.OrderNumber)
            && await WithdrawOwnAsync(context, order, $"买家改口：{when}能发出就不退款，撤回退款登记，条件记在催发货备注里", cancellationToken).ConfigureAwait(false);
        var note = recordedHere
            ? $"买家改口：{when}能发出就不退款（本次登记的退款已撤回）。请{when}优先发出并把单号告诉买家；{when}发不出就按未发货全额退款{amount}元"
            : $"买家说{when}能发出就不退款：请{when}优先发出并告诉买家，买家会撤销退款申请；{when}发不出就同意这笔退款";
        var pastPromise = context.Services.Orders.Facts(order).IsPastShippingPromise;
        await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise, note, cancellationToken).ConfigureAwait(false);
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Date] = when };
        context.Say(recordedHere ? $"{Area}.on_condition_here" : $"{Area}.on_condition", slots);
        context.State.ClearClarification();
        context.State.EndFlow();
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    /// <summary>Shipping by a time, then no refund: "今天能发就不退", "如果明天能寄出我就不取消了", "发了的话就不用退".</summary>
    [GeneratedRegex("(?:要是|如果|假如)?(?<when>今天|今晚|明天|明早|马上|现在|这两天)?(?:能|可以|会|要是能|如果能)?(?:给我)?(?:发|寄|發)(?:货|貨|出|出去|出来|走|得出|得了)?(?:了)?(?:的话)?(?:我|那|那我|我们)?就(?:先)?(?:不|别|不用|不要)(?:再)?(?:退|取消)")]
    private static partial Regex ShipsThenKeeps();
}
