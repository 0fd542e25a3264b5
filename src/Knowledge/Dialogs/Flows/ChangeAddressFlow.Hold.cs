using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>"袜子先别发 我要改个地址": the order held until the new address is recorded.</summary>
public sealed partial class ChangeAddressFlow
{
    /// <summary>"先别发", "改好再发": the buyer wants the order held until the change is made.</summary>
    public static bool HoldsShipment(string compactText) => Hold().IsMatch(compactText);

    [GeneratedRegex("先(?:别|不要|不)(?:给我)?(?:发|寄)|暂时(?:别|不要|不)(?:发|寄)|别急着(?:发|寄)|改好(?:了)?再(?:发|寄)")]
    private static partial Regex Hold();

    /// <summary>Records the hold until the new address is in; false when the order already has one open ("周五再发吧"), which stands.</summary>
    private static async Task<bool> RecordHoldAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.DelayShipment).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, "买家要求先别发，等新地址改好后再发", cancellationToken).ConfigureAwait(false);
        return true;
    }
}
