using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A new address with a new recipient or phone recorded, then "不对 收件人还是写我 电话也不用改 就地址换一下": the parts
/// kept go back to the order's, the new address stays. The change is recorded again that way and the earlier record
/// withdrawn, and the reply says what now stands; never "按刚才登记的改" over what the buyer took back.
/// </summary>
public sealed partial class ChangeAddressFlow
{
    private static async Task<bool> ContactTakenBackAsync(FlowContext context, Order order, CaseRecord earlier, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var keeps = AddressKeeps.Of(context.Compact);
        if (AddressKeeps.KeepsRestOnly(context.Compact) || RecordedChange.Of(earlier.Description, order) is not { AddressChanged: true } recorded || order.Phone is not { } orderPhone
            || !((keeps.Name && recorded.NameChanged) || (keeps.Mobile && recorded.MobileChanged)))
        {
            return false;
        }

        var name = keeps.Name && order.ReceiverName is { Length: > 0 } receiver ? receiver : recorded.Name;
        var mobile = keeps.Mobile ? orderPhone : recorded.Mobile;
        var kept = name != recorded.Name && mobile != recorded.Mobile ? "（收件人、电话同原订单）" : name != recorded.Name ? "（收件人同原订单）" : "（电话同原订单）";
        await context.Actions.RequestAddressChangeAsync(context.Turn, order.OrderNumber, $"新地址：{name} {mobile} {recorded.Place}{kept}", cancellationToken).ConfigureAwait(false);
        await context.Actions.WithdrawCaseAsync(context.Turn, earlier.Id, "买家收件人或电话不改了，按原订单，地址按新申请", cancellationToken).ConfigureAwait(false);
        context.Say("change_address.contact_back", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.NewAddress] = $"{name} {MobileMask.Mask(mobile, order.Phone)} {recorded.Place}",
        });
        context.Finish();
        return true;
    }
}
