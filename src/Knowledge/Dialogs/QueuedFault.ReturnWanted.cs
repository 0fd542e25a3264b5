using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "那个灯一直闪 我当时就是想退的" while queued: the buyer wants the goods back, so a quality return is recorded, never a
/// repair she did not ask for; "现在还能处理吗 视频我有" then hears yes (the order is within the after-sales window) and
/// that the video goes here, never a bare "passed on".
/// </summary>
public static partial class QueuedFault
{
    private static async Task<bool> RecordsReturnAsync(FlowContext context, Order order, string description, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        if (!ReturnWanted().IsMatch(context.Compact) || RefundRefused().IsMatch(context.Compact))
        {
            return false;
        }

        await context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, false, $"{description}，买家要退货退款{QueuedNoteText}",
            context.Input.PhotoUrls, cancellationToken).ConfigureAwait(false);
        context.Say($"{Area}.queued_fault_return", slots);
        return true;
    }

    /// <summary>"还能处理吗", "现在还能退吗" about the open case, within the window: yes, and the photos or video go here.</summary>
    private static bool TellsStillHandled(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots)
    {
        if (!StillHandledAsked().IsMatch(context.Compact)
            || context.Services.Orders.Facts(order).DaysSinceShipment is not { } days || days > QualityReturnFlow.AfterSalesWindowDays)
        {
            return false;
        }

        context.Say($"{Area}.queued_case_still_handled", slots);
        return true;
    }

    // "我当时就是想退的", "要退货", "把钱退给我".
    [GeneratedRegex("(?:想|要|打算)退(?!出|订)|退钱|退款|退货|把钱退")]
    private static partial Regex ReturnWanted();

    // "还能处理吗", "现在还能退吗", "还来得及吗", "还可以售后吗".
    [GeneratedRegex("还(?:能|可以)(?:处理|退|售后|办|弄)|还来得及|过没过(?:期|售后)|还在售后期")]
    private static partial Regex StillHandledAsked();
}
