namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Only the phone of a parcel already on its way ("餐具那个快递 电话能改下吗 原来的号停机了"), or the recipient with it
/// ("收件人改成刘芳 电话133… 地址不变"): the address stays, so there is nothing to intercept; the courier is told the new
/// contact. The number is asked for when neither it nor a name is given, then written down with the order's address
/// for the colleague who calls the courier. A new address said with the request is written on the courier follow-up
/// for the person who asks for the redirect.
/// </summary>
public sealed partial class ChangeAddressFlow
{
    public const string MobileAfterShipment = "mobile_after_shipment";
    public const string ContactAfterShipment = "contact_after_shipment";

    /// <summary>The buyer changes the phone or the recipient only: the address stays as on the order.</summary>
    private static bool ChangesContactOnly(Dictionary<string, string> values) =>
        values.ContainsKey(KeepAddressKey) && !values.ContainsKey(RoomKey)
        && (values.ContainsKey(MobileKey) || values.ContainsKey(WantMobileKey) || values.ContainsKey(NameKey));

    private static async Task ContactAfterShipmentAsync(FlowContext context, Orders.Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        if (values.TryGetValue(NameKey, out var name) && !string.Equals(name, order.ReceiverName, StringComparison.Ordinal))
        {
            await RecipientAfterShipmentAsync(context, order, name, slots, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!values.TryGetValue(MobileKey, out var mobile))
        {
            if (context.State.Step == DialogSteps.AskContact && !Gave(context))
            {
                context.Fail();
            }

            context.Say("change_address.ask_mobile_after_shipment", slots);
            context.Await(DialogSteps.AskContact);
            return;
        }

        values[KeepContactKey] = "yes";
        KeepOrderAddress(context, order);
        var description = "改电话：" + Describe(values, order, maskMobile: false) + $"（已由{slots.GetValueOrDefault(Templates.TemplateSlots.Carrier) ?? "快递"}发出，请联系快递更新收件电话，地址和收件人同原订单）";
        await context.Actions.RequestAddressChangeAsync(context.Turn, order.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        context.Say("change_address.mobile_after_shipment", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.NewAddress] = MobileMask.Mask(mobile, order.Phone),
        });
        context.NeedPerson(MobileAfterShipment);
        context.Finish();
    }

    /// <summary>
    /// A new recipient, with or without a new phone: written down with the order's address for the colleague who asks
    /// the courier to update the parcel's recipient; the buyer hears it is the courier's to change, never an interception.
    /// </summary>
    private static async Task RecipientAfterShipmentAsync(FlowContext context, Orders.Order order, string name, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        values[KeepContactKey] = "yes";
        KeepOrderAddress(context, order);
        var carrier = slots.GetValueOrDefault(Templates.TemplateSlots.Carrier) ?? "快递";
        var phoneToo = values.TryGetValue(MobileKey, out var mobile) && mobile != order.Phone;
        var description = (phoneToo ? "改收件人和电话：" : "改收件人：") + Describe(values, order, maskMobile: false)
            + $"（已由{carrier}发出，请联系快递更新收件人{(phoneToo ? "和电话" : string.Empty)}，地址同原订单）";
        await context.Actions.RequestAddressChangeAsync(context.Turn, order.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        context.Say("change_address.recipient_after_shipment", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.NewAddress] = phoneToo && mobile is not null ? $"{name} {MobileMask.Mask(mobile, order.Phone)}" : name,
        });
        context.NeedPerson(ContactAfterShipment);
        context.Finish();
    }

    /// <summary>The new address said with the request goes on the follow-up the person works from, never left in the chat alone.</summary>
    private static async Task RedirectWithAddressAsync(FlowContext context, Orders.Order order, Entities.AddressFacts redirect, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        context.Say("change_address.after_shipment_noted", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.NewAddress] = await QueuedAddress.RecordRedirectAsync(context, order, redirect, cancellationToken).ConfigureAwait(false),
        });
        context.NeedPerson(AfterShipment);
        context.Finish();
    }
}
