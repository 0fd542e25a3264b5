using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// One part of a combined change taken back: "电话不改了 还用原来的" after a new address with a new phone keeps the new
/// address and puts the order's phone back; "地址不改了" after a new phone with a new address keeps the new phone and
/// sends to the order's address. The change is recorded again with the part taken back as on the order, the earlier
/// record withdrawn, and one sentence confirms both parts. "地址还是原来的" after only a new recipient or phone takes
/// nothing back: the address was never changed, and the record stands. A change of that part alone is taken back whole
/// elsewhere.
/// </summary>
public sealed partial class DialogEngine
{
    private const string PartWithdrawnArea = "withdraw_part";

    private static async Task<DialogOutcome?> KeepsRestOfChangeAsync(FlowContext context, Order order, CaseRecord change, RecordWithdrawal.Reading reading, CancellationToken cancellationToken)
    {
        if (reading.Instead is not null || reading.TakenBack is not [CaseKind.AddressChange] || order.Phone is not { } orderPhone
            || RecordedChange.Of(change.Description, order) is not { } recorded)
        {
            return null;
        }

        string description;
        string template;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
        // "地址还是原来的" after only the recipient or the phone was changed: the address never was, the record stands.
        if (reading.Address && !reading.Phone && !recorded.AddressChanged && (recorded.MobileChanged || recorded.NameChanged))
        {
            context.State.LastOrderNumber = order.OrderNumber;
            context.Say("change_address.already_recorded", slots);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
        }

        if (reading.Phone && recorded.MobileChanged && recorded.AddressChanged)
        {
            description = $"新地址：{recorded.Name} {orderPhone} {recorded.Place}（电话同原订单）";
            slots[TemplateSlots.Change] = MobileMask.Mask(orderPhone);
            slots[TemplateSlots.NewAddress] = recorded.Place;
            template = "phone_back_address_kept";
        }
        else if (reading.Address && recorded.AddressChanged && recorded.MobileChanged)
        {
            var heading = recorded.NameChanged ? "改收件人和电话：" : "改电话：";
            var kept = recorded.NameChanged ? "（地址同原订单）" : "（收件人、地址同原订单）";
            description = $"{heading}{recorded.Name} {recorded.Mobile} {CompactText.Of(order.Address ?? string.Empty)}{kept}";
            slots[TemplateSlots.Change] = MobileMask.Mask(recorded.Mobile, orderPhone);
            template = "address_back_phone_kept";
        }
        else
        {
            return null;
        }

        await context.Actions.RequestAddressChangeAsync(context.Turn, order.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        await context.Actions.WithdrawCaseAsync(context.Turn, change.Id, reading.Phone ? "买家电话不改了，其余按新申请" : "买家地址不改了，其余按新申请", cancellationToken).ConfigureAwait(false);
        var state = context.State;
        state.ClearClarification();
        state.EndFlow();
        state.LastOrderNumber = order.OrderNumber;
        context.Say($"{PartWithdrawnArea}.{template}", slots);
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
    }
}
