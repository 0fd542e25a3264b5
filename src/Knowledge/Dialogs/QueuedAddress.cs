using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "公司搬了 新地址 广州市天河区…" while waiting for the person who has a shipped parcel redirected: the new address goes
/// on the courier follow-up the person works from (the recipient and phone as on the order unless given), so it is not
/// left in the chat lines alone, and the buyer hears it was noted with what happens if the courier cannot redirect.
/// </summary>
internal static class QueuedAddress
{
    public static async Task<bool> TryRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.LastFlow != Intents.IntentIds.ChangeAddress || context.State.LastOrderNumber is not { } last
            || !context.Told("change_address.after_shipment", last)
            || context.Facts.Address is not { City: not null, Detail: not null } address
            || context.Services.Orders.Find(context.Input.BuyerId, last) is not { Status: OrderStatus.Shipped } order)
        {
            return false;
        }

        var name = address.RecipientName ?? order.ReceiverName;
        var mobile = address.Mobile ?? order.Phone;
        var place = string.Concat(address.Province is { } province && province != address.City ? province : string.Empty, address.City, address.District, address.Detail);
        var kept = (address.RecipientName, address.Mobile) switch
        {
            (null, null) => "（收件人和电话同原订单）",
            (null, _) => "（收件人同原订单）",
            (_, null) => "（电话同原订单）",
            _ => string.Empty,
        };
        await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber,
            $"已发货，买家要改地址：请联系快递改派到 {name} {mobile} {place}{kept}；改派不成就按原地址派送", cancellationToken).ConfigureAwait(false);
        var shownMobile = mobile is null ? null : MobileMask.Mask(mobile, order.Phone);
        context.Say("change_address.redirect_noted", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.NewAddress] = string.Join(' ', new[] { name, shownMobile, place }.Where(p => !string.IsNullOrEmpty(p))) + kept,
        });
        return true;
    }
}
