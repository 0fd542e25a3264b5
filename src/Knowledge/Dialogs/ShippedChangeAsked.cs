using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我看订单显示已经发货了 那还能改吗", "那能不能让顺丰改派到公司" while the buyer waits for the person who asks the courier to update a shipped
/// parcel's recipient, phone or address, written down in this chat: it can no longer be changed on the order page, the
/// courier updates it, and the person asks them; never a bare line that the message was passed on.
/// </summary>
internal static partial class ShippedChangeAsked
{
    private static readonly string[] Recorded =
    [
        "change_address.recipient_after_shipment", "change_address.mobile_after_shipment",
        "change_address.after_shipment_noted", "change_address.redirect_noted",
    ];

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!StillChangeable().IsMatch(context.Compact) || context.State.LastOrderToldOf("change_address.") is not { } number
            || !Recorded.Any(t => context.Told(t, number)) || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        context.Say("change_address.shipped_change_asked", context.SlotsOf(order));
        return true;
    }

    /// <summary>"还能改吗", "能不能改", "改得了吗", "来得及吗", "能不能让顺丰改派"; "改不了就算了" is no question.</summary>
    [GeneratedRegex("(能|可以)改(吗|嘛|么|不)|还(能|可以)改(?!不了)|能不能改|可不可以改|改得了(吗|嘛|么)|来得及(吗|嘛|么)|(能|可以)(不能)?(让|叫|请|找)?[\u4e00-\u9fa5]{0,4}(改派|拦截|拦回)")]
    private static partial Regex StillChangeable();
}
