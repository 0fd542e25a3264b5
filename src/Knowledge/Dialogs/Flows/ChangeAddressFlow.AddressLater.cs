using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "12月1号以后再发吧 新地址到时候告诉你" while the address is asked for: the buyer has no new address yet. The order
/// stays held (with the day to ship on, when one is said), and the flow ends with the address left to the buyer, instead
/// of asking for it again on every later line (b3-08).
/// </summary>
public sealed partial class ChangeAddressFlow
{
    private static async Task<bool> AddressLaterAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        if (order.Status != OrderStatus.AwaitingShipment || Gave(context) || NotChanging().IsMatch(context.Compact)
            || !(AddressLater().IsMatch(context.Compact) || (context.Facts.Cues.IsDeferral && context.State.Step == DialogSteps.AskAddress)))
        {
            return false;
        }

        var dated = await DelayShipmentFlow.NoteBesideAsync(context, order, cancellationToken).ConfigureAwait(false);
        if (!dated && context.State.Values.ContainsKey(HoldKey))
        {
            await RecordHoldAsync(context, order, cancellationToken).ConfigureAwait(false);
        }

        // A dated hold was said just now; the plain wait follows it, so the hold is not said twice.
        context.Say(!dated && context.State.Values.ContainsKey(HoldKey) ? "change_address.address_later_held" : "change_address.address_later", slots);
        context.Finish();
        return true;
    }

    /// <summary>"新地址到时候告诉你", "地址定了再发你", "回头再告诉你": the address itself is put off.</summary>
    [GeneratedRegex("到时候(?:再)?(?:告诉|发给?|给|说|跟你说)|(?:定|确定|搬|租)(?:了|好)(?:以后|之后)?(?:再|就)(?:告诉|发|给|说|跟你说)|(?:回头|过两天|过几天|晚点|晚些|改天)(?:再)?(?:告诉|发给?|给|跟你说)(?:你|您)?(?:新)?地址|(?:新)?地址(?:还没定|没定|还不确定|不确定)")]
    private static partial Regex AddressLater();

    /// <summary>"先不改了", "地址不用改了": the change itself is given up, not put off.</summary>
    [GeneratedRegex("不(?:用|要|想)?改了|不改了|算了")]
    private static partial Regex NotChanging();
}
