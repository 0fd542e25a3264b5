using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A new delivery address: the recipient, mobile, province, city, district and detail are taken from every message of
/// the flow (a later value replaces an earlier one), only what is missing is asked for, and the recipient and mobile
/// stay as on the order when the buyer says so. An order not yet shipped gets an address-change request, confirmed
/// back with the mobile masked; a shipped one needs the courier to intercept it, so a person takes over. A correction
/// after the request was recorded ("电话写错了，是139…", "门牌号是12号不是21号") starts from the recorded address and
/// changes only what it names.
/// </summary>
public sealed partial class ChangeAddressFlow : IDialogFlow
{
    public const string AfterShipment = "address_after_shipment";
    private const string NameKey = "recipient";
    private const string MobileKey = "mobile";
    private const string ProvinceKey = "province";
    private const string CityKey = "city";
    private const string DistrictKey = "district";
    private const string DetailKey = "detail";
    private const string KeepContactKey = "keep_contact";
    private const string ReplacesKey = "replaces";
    private const string KeepAddressKey = "keep_address";
    private const string RoomKey = "room";
    private const string RoomChangedKey = "room_changed";
    private const string WantMobileKey = "want_mobile";
    private const string WantNameKey = "want_name";
    private const string HoldKey = "hold";
    private const string PlaceOnlyKey = "place_only";
    private const string SameContactNote = "（收件人和电话同原订单）";

    public string Intent => IntentIds.ChangeAddress;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = context.State.Step;
        // "地址写成浙江省苏州市了 应该是江苏省苏州市…": the place written wrong is no part of the new address.
        if (AddressKeeps.WithoutWrongPlace(context.Normalized) is { } right)
        {
            context.ReadFactsFrom(right);
        }

        // "四件套那单门牌号写错了 应该是602室": the room words are no address, so the order is read from the rest.
        if (AddressKeeps.WithoutRoom(context.Compact) is { } rest && context.Facts.Address?.City is null)
        {
            context.ReadFactsFrom(rest);
        }

        Read(context);
        if (ChoosingAside.TryTake(context, Gave(context)))
        {
            return;
        }

        var order = OrderResolver.Resolve(context, "change_address", Changeable(context));
        if (order is null)
        {
            return;
        }

        // "袜子先别发 我要改个地址": the hold is part of the same wish, kept until the new address is recorded.
        var newlyHeld = HoldsShipment(context.Compact) && order.Status == OrderStatus.AwaitingShipment && !context.State.Values.ContainsKey(HoldKey);
        if (newlyHeld)
        {
            context.State.Values[HoldKey] = "yes";
        }

        var slots = context.SlotsOf(order);
        if (asked is null && await KeepsAllUnaskedAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            context.Say("change_address.nothing_to_change", slots);
            context.Finish();
            return;
        }

        switch (order.Status)
        {
            case OrderStatus.Shipped when ChangesContactOnly(context.State.Values):
                await ContactAfterShipmentAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
                return;
            case OrderStatus.Shipped when QueuedAddress.NewAddress(context) is { } redirect:
                await RedirectWithAddressAsync(context, order, redirect, slots, cancellationToken).ConfigureAwait(false);
                return;
            case OrderStatus.Shipped:
                context.Say("change_address.after_shipment", slots);
                context.NeedPerson(AfterShipment);
                context.Finish();
                return;
            case OrderStatus.Completed or OrderStatus.Closed:
                context.Say(order.Status == OrderStatus.Closed ? "change_address.closed" : "change_address.completed", slots);
                context.Finish();
                return;
        }

        var values = context.State.Values;
        if (asked is null)
        {
            // "电话地址都不用改" right after the change was recorded: it stands as recorded, nothing is recorded again.
            if (OnlyKeeps(context) && await EarlierHereAsync(context, order, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                if (await ContactTakenBackAsync(context, order, earlier, slots, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                context.Say("change_address.already_recorded", slots);
                context.Finish();
                return;
            }

            if (await FollowsUpRecordedAsync(context, order, cancellationToken).ConfigureAwait(false))
            {
                context.Say("change_address.recorded_stands", slots);
                context.Finish();
                return;
            }

            if (await MobileRecordedStandsAsync(context, order, slots, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await AmendEarlierAsync(context, order, cancellationToken).ConfigureAwait(false);
        }

        FixMisplacedProvince(context, order);
        KeepDetailBehindPlace(context, order);
        var renumbered = (asked is not null && RenumberGiven(context)) | KeepOrderAddress(context, order);
        var hasAddress = values.ContainsKey(CityKey) && values.ContainsKey(DetailKey);
        var wantsMissing = (values.ContainsKey(WantMobileKey) && !values.ContainsKey(MobileKey)) || (values.ContainsKey(WantNameKey) && !values.ContainsKey(NameKey));
        if (hasAddress && !wantsMissing && asked == DialogSteps.AskContact && MovedOnToPendingNeed(context))
        {
            // "邮箱cz2020@qq.com" while asked about the contact: the buyer went on to the need named beside the address,
            // so the order's recipient and phone stand and the address is recorded, never asked for again.
            values[KeepContactKey] = "yes";
        }

        var hasContact = !wantsMissing && (values.ContainsKey(KeepContactKey) || (values.ContainsKey(NameKey) && values.ContainsKey(MobileKey)));
        if (!hasAddress && await AddressLaterAsync(context, order, slots, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (!hasAddress || !hasContact)
        {
            var step = !hasAddress ? DialogSteps.AskAddress : DialogSteps.AskContact;
            if (asked == step && !Gave(context) && !renumbered)
            {
                context.Fail();
            }

            var question = wantsMissing && hasAddress ? (values.ContainsKey(WantMobileKey) && !values.ContainsKey(MobileKey) ? "change_address.ask_new_mobile" : "change_address.ask_new_name") : Question(values, hasAddress, renumbered);
            // "先别发 我下周要搬家": the hold is recorded at once and said in the reply that asks for the address, so it
            // stands even if the address never comes.
            if (newlyHeld && question == "change_address.ask_address" && await RecordHoldAsync(context, order, cancellationToken).ConfigureAwait(false))
            {
                question = "change_address.ask_address_held";
            }

            context.Say(question, Given(values, slots));
            if (hasAddress)
            {
                context.Suggest("收件人和电话不变");
            }

            context.Await(step);
            return;
        }

        await RecordAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The orders an address change can be about: not shipped yet. One paid order waiting to ship is the one meant beside
    /// unpaid ones ("地址写成浙江省苏州市了"): it is the parcel about to leave; an unpaid order goes nowhere before it is paid.
    /// </summary>
    private static Func<Order, bool> Changeable(FlowContext context)
    {
        static bool Waiting(Order o) => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay;
        return context.Services.Orders.OrdersOf(context.Input.BuyerId).Count(Waiting) == 1
            ? Waiting
            : o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.AwaitingPayment;
    }

    /// <summary>The new address as one line; with <paramref name="maskMobile"/> the mobile shows as 139****5678, beside the order's own when it changed.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> values, Order order, bool maskMobile)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(order);
        var keep = values.ContainsKey(KeepContactKey);
        var name = values.GetValueOrDefault(NameKey) ?? (keep ? order.ReceiverName : null);
        var mobile = values.GetValueOrDefault(MobileKey) ?? (keep ? order.Phone : null);
        var place = PlaceOf(values);
        var shown = mobile is { Length: 11 } && maskMobile ? MobileMask.Mask(mobile, order.Phone, values.GetValueOrDefault(ReplacedMobileKey)) : mobile;
        // A new number beside the order's own: both shown, so the buyer can see the change.
        if (maskMobile && mobile is { Length: 11 } && order.Phone is { Length: 11 } original && !string.Equals(original, mobile, StringComparison.Ordinal))
        {
            shown += $"（原号码{MobileMask.MaskOriginal(original, mobile)}）";
        }

        return string.Join(' ', new[] { name, shown, place }.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static async Task RecordAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        // The record a correction replaces is withdrawn below; its id is no part of what the warehouse reads.
        var description = Heading(values, order) + Describe(values, order, maskMobile: false) + ProvinceNote(values) + KeptNote(values);
        if (await SameAsRecordedAsync(context, order, slots, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await context.Actions.RequestAddressChangeAsync(context.Turn, order.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        if (values.GetValueOrDefault(ReplacesKey) is { } earlier)
        {
            // One open request per order: the one the correction replaces is withdrawn.
            await context.Actions.WithdrawCaseAsync(context.Turn, earlier, "买家更正了收货信息，以新申请为准", cancellationToken).ConfigureAwait(false);
        }

        context.Say(RecordedTemplate(values), new Dictionary<string, string?>(slots)
        {
            [TemplateSlots.NewAddress] = Describe(values, order, maskMobile: true),
        });
        if (values.ContainsKey(HoldKey) && await RecordHoldAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            context.Say("change_address.held", slots);
        }

        await DropHoldSaidInsteadAsync(context, order, slots, cancellationToken).ConfigureAwait(false);

        await RecordNoteBesideAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
        // "28号以后再发 电话改成139…": the day to ship on said with the change is held too, never lost behind it.
        // "过几天再发" with no day: held too, the day left for a colleague to agree.
        if (!values.ContainsKey(HoldKey) && !await DelayShipmentFlow.NoteBesideAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            await DelayShipmentFlow.NoteUndatedBesideAsync(context, order, cancellationToken).ConfigureAwait(false);
        }

        await ChaseLateAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
        if (ProvinceNote(values).Length > 0)
        {
            WrongProvinceParcel.TellShippedAlike(context, order);
        }

        await AskGiftNoteAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
        context.Finish();
    }

    private static void Keep(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values.TryAdd(key, value);
        }
    }

    /// <summary>The message answers the other need kept from the first message (an invoice's e-mail), nothing of the contact.</summary>
    private static bool MovedOnToPendingNeed(FlowContext context) =>
        context.State.PendingNeed is not null && !Gave(context) && context.Input.Understanding is { } said
        && said.Decision == TurnDecision.Answer && said.Intent is not (IntentIds.ChangeAddress or IntentIds.Other or IntentIds.Thanks or IntentIds.Greeting);

    private static bool Gave(FlowContext context) =>
        context.Facts.Address is not null || context.Facts.PersonNames.Count > 0 || KeepContact().IsMatch(context.Compact)
        || AddressKeeps.Of(context.Compact) != (false, false, false) || AddressKeeps.NewRoomNumber(context.Compact) is not null;

    private static void Set(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value;
        }
    }

    [GeneratedRegex("（[^（）]*同原订单）")]
    private static partial Regex KeptNotes();

    [GeneratedRegex("(人|收件人|收货人|名字|姓名|电话|手机|号码|联系方式|其他|其它|别的)(和|跟|、|,|，)?(电话|手机|号码|人|名字)?(都)?(不变|没变|不用改|不改|一样|照旧|还是原来|用原来|同原来|跟原来一样|和原来一样)|还是我(本人)?(收)?|(就|只)改地址|只改收货地址|(?:别的|其他|其它)(?:信息|的)?(?:都)?(?:不变|不用动|不动|不用改|照旧)")]
    private static partial Regex KeepContact();
}
