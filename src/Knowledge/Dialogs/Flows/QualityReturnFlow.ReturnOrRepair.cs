using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "买了半个月了 还能退吗 还是只能修" about a fault told: a question of what may be done, answered from the order's dates
/// (within seven days of receipt a return or exchange at the shop's postage; later a free repair by post under warranty,
/// or a colleague to look at a return), and nothing recorded until the buyer picks one.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string ReturnOrRepairToldKey = "return_or_repair_told";
    private const string AfterWindowTold = "after";

    /// <summary>True when the line weighs a return against a repair as a question, choosing neither.</summary>
    private static bool AsksReturnOrRepair(FlowContext context) =>
        ReturnOrRepair().IsMatch(context.Compact) && !QualitySettlements.RefusesRepair(context.Normalized);

    /// <summary>Tells what the order's dates allow and waits for the choice; false when there is no fault to settle yet.</summary>
    private static bool TellsReturnOrRepair(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots)
    {
        var state = context.State;
        if (!AsksReturnOrRepair(context) || !state.Values.ContainsKey(DescriptionKey))
        {
            return false;
        }

        // The buyer's own "半个月了" counts first; otherwise the days since shipment with the days a parcel takes to arrive.
        var after = AfterReturnWindow(context, order)
            || context.Services.Orders.Facts(order).DaysSinceShipment > ReturnWindowDays + NoReasonReturnFlow.DaysToSign;
        state.Values[ReturnOrRepairToldKey] = after ? AfterWindowTold : "within";
        state.Values[RemedyOfferedKey] = "yes";
        context.Say(after ? "quality_return.return_or_repair_after_window" : "quality_return.return_or_repair_within_window", slots);
        if (after)
        {
            context.Suggest("那就修吧", "不想修 想退换");
        }
        else
        {
            context.Suggest("退货退款", "换新", "修一下");
        }

        context.Await(DialogSteps.AskRemedy);
        return true;
    }

    /// <summary>
    /// "那还是退吧" once told that the window has passed: the repair offered is turned down, so the case goes to a
    /// colleague as a return past the window, never a repair recorded against the buyer's choice.
    /// </summary>
    private static void KeepRepairDeclined(FlowContext context)
    {
        var state = context.State;
        if (state.Values.GetValueOrDefault(ReturnOrRepairToldKey) == AfterWindowTold
            && state.Values.GetValueOrDefault(WishKey) is RefundWish or ExchangeWish)
        {
            var refused = Refused(state);
            refused.Add(RepairWish);
            state.Values[RefusedKey] = string.Join(',', refused.Order(StringComparer.Ordinal));
        }
    }

    // "还能退吗 还是只能修", "能换吗还是得修", "修还是退啊", "只能修吗", "不能退了吗 只能维修": both remedies weighed in a
    // question; "不想修 还是退吧" chooses, so a bare "修还是退" needs the question's particle.
    [GeneratedRegex("(?:退|换)[^修。，,]{0,8}还是[^退换]{0,4}(?:维|返|寄|保)?修|修还是(?:退|换)[^，,。]{0,4}(?:吗|呢|啊|\\?|？)|只能(?:维|返|寄|保)?修(?:理)?(?:了)?(?:吗|嘛|么|啊|呀|\\?|？)|(?:不能|没法|不可以)退(?:了|货)?(?:吗|嘛|么)?只能")]
    private static partial Regex ReturnOrRepair();
}
