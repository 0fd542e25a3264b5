using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我看订单显示已经发货了 那还能改吗", "那能不能让顺丰改派到公司" "已经发了？那咋办" while the buyer waits for the person who asks the courier to update a shipped
/// parcel's recipient, phone or address, written down in this chat: it can no longer be changed on the order page, the
/// courier updates it, and the person asks them; never a bare line that the message was passed on.
/// </summary>
internal static partial class ShippedChangeAsked
{
    public static readonly string[] Recorded =
    [
        "change_address.recipient_after_shipment", "change_address.mobile_after_shipment",
        "change_address.after_shipment_noted", "change_address.redirect_noted",
    ];

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!(StillChangeable().IsMatch(context.Compact) || WhatNow().IsMatch(context.Compact)) || context.State.LastOrderToldOf("change_address.") is not { } number
            || !Recorded.Any(t => context.Told(t, number)) || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        context.Say("change_address.shipped_change_asked", context.SlotsOf(order));
        return true;
    }

    /// <summary>
    /// "地址不用改 还是桂子山庄4栋702" after a shipped parcel's recipient or phone was written down: the address stays as
    /// on the order, which the record already says; never an address change nor an interception.
    /// </summary>
    public static bool TryAddressKept(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Flows.AddressKeeps.Of(context.Compact).Address || context.State.LastOrderToldOf("change_address.") is not { } number
            || !ContactRecorded.Any(t => context.Told(t, number)) || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        context.Say("change_address.shipped_address_kept", context.SlotsOf(order));
        return true;
    }

    private static readonly string[] ContactRecorded = ["change_address.recipient_after_shipment", "change_address.mobile_after_shipment"];

    /// <summary>"已经发了？那咋办", "那怎么弄": what can be done now that it has left.</summary>
    [GeneratedRegex("^(?:what|啊|啥|什么)?[?？!！]*(?:已经发了[?？!！]*)?(?:那|那现在|现在)?(?:咋办|怎么办|怎么弄|咋弄|咋整|怎么整)[啊呀呢]?[?？!！]*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatNow();

    /// <summary>"还能改吗", "能不能改", "改得了吗", "来得及吗", "能不能让顺丰改派"; "改不了就算了" is no question.</summary>
    [GeneratedRegex("(能|可以)改(吗|嘛|么|不)|还(能|可以)改(?!不了)|能不能改|可不可以改|改得了(吗|嘛|么)|来得及(吗|嘛|么)|(能|可以)(不能)?(让|叫|请|找)?[\u4e00-\u9fa5]{0,4}(改派|拦截|拦回)")]
    private static partial Regex StillChangeable();
}
