using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "袜子先别发 我要改个地址": the order held until the new address is recorded; "不对 你直接改地址吧 新家是…" next takes the
/// hold back, the change of address said instead.
/// </summary>
public sealed partial class ChangeAddressFlow
{
    /// <summary>"先别发", "改好再发": the buyer wants the order held until the change is made.</summary>
    public static bool HoldsShipment(string compactText) => Hold().IsMatch(compactText);

    [GeneratedRegex("先(?:别|不要|不)(?:给我)?(?:发|寄)|暂时(?:别|不要|不)(?:发|寄)|别急着(?:发|寄)|改好(?:了)?再(?:发|寄)")]
    private static partial Regex Hold();

    private const string UntilNewAddress = "买家要求先别发，等新地址改好后再发";

    /// <summary>
    /// Withdraws the hold this chat recorded until the new address came in (a day to ship on said since stands) when the buyer,
    /// giving the new address, says to change it instead of holding.
    /// </summary>
    private static async Task DropHoldSaidInsteadAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        if (!Instead().IsMatch(context.Compact) || HoldsShipment(context.Compact)
            || (await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, CaseKind.DelayShipment).ConfigureAwait(false))
                .FirstOrDefault(c => c.Description == UntilNewAddress) is not { } hold)
        {
            return;
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, hold.Id, "买家改为直接改地址，不用压单", cancellationToken).ConfigureAwait(false);
        context.Say("change_address.hold_dropped", slots);
    }

    /// <summary>"不对 直接改地址吧", "不用压了 改地址就行": the hold taken back for the change of address.</summary>
    [GeneratedRegex("^(?:不对|不是)|直接(?:帮我|给我)?(?:改|换)|不用(?:压|等|先别发|停)|别压")]
    private static partial Regex Instead();

    /// <summary>
    /// Records the hold until the new address is in; false when the order already has one open ("周五再发吧"), which stands,
    /// or when the line names a day to ship on ("先别发 30号以后再发 电话改一下"): that day is the hold, noted and said instead.
    /// </summary>
    private static async Task<bool> RecordHoldAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.DelayShipment).ConfigureAwait(false) is not null
            || await DelayShipmentFlow.NoteBesideAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, UntilNewAddress, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
