using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The new address of a shipped parcel a person is to have redirected: "公司搬了 新地址 广州市天河区…", said with the
/// request or while waiting, goes on the courier follow-up the person works from (the recipient and phone as on the
/// order unless given), so it is not left in the chat lines alone; "算了不改了 送原地址吧" takes that follow-up back and
/// the buyer hears the parcel goes to the order's address; refusing it to have it sent again is a refund and a new order.
/// </summary>
internal static partial class QueuedAddress
{
    private const string RedirectNote = "已发货，买家要改地址";

    /// <summary>How the redirect on the courier follow-up begins, up to the address it asks for.</summary>
    internal const string RedirectTo = RedirectNote + "：请联系快递改派到 ";

    public static async Task<bool> TryRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RedirectAsked(context) is not { } order || NewAddress(context) is not { } address)
        {
            return false;
        }

        var shown = await RecordRedirectAsync(context, order, address, cancellationToken).ConfigureAwait(false);
        context.Say("change_address.redirect_noted", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.NewAddress] = shown,
        });
        return true;
    }

    /// <summary>"改不了就算了 家里有人收 不折腾了" after the redirect was handed over: the follow-up is withdrawn, the original address confirmed.</summary>
    public static async Task<bool> TryDropAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RedirectAsked(context) is not { } order || NewAddress(context) is not null || !RedirectDropped().IsMatch(context.Compact))
        {
            return false;
        }

        foreach (var noted in await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false))
        {
            if (noted.Description?.StartsWith(RedirectNote, StringComparison.Ordinal) == true)
            {
                await context.Actions.WithdrawCaseAsync(context.Turn, noted.Id, "买家不改地址了，包裹按原地址派送", cancellationToken).ConfigureAwait(false);
            }
        }

        context.Say("change_address.redirect_dropped", context.SlotsOf(order));
        return true;
    }

    /// <summary>
    /// "改不了的话我就拒收 你们再帮我寄到新地址可以吗" about that redirect: a refused parcel comes back and is refunded, and
    /// the new address needs an order of its own; nothing is sent again by itself.
    /// </summary>
    public static bool TryResendAfterRefusal(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RedirectAsked(context) is not { } order || !Refused().IsMatch(context.Compact) || !SentAgain().IsMatch(context.Compact))
        {
            return false;
        }

        context.Say("change_address.refuse_then_reorder", context.SlotsOf(order));
        return true;
    }

    /// <summary>The new address given for a shipped parcel, with a place and a detail, or null.</summary>
    public static AddressFacts? NewAddress(FlowContext context) =>
        context.Facts.Address is { Detail: not null } address && (address.City ?? address.District) is not null ? address : null;

    /// <summary>Writes the redirect on the courier follow-up; the new address as the buyer reads it back (mobile masked).</summary>
    public static async Task<string> RecordRedirectAsync(FlowContext context, Order order, AddressFacts address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(address);
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
        // One follow-up with the courier stays open per order: a chase recorded before ("请联系快递催促派送") or an earlier
        // redirect is replaced by one that carries the new address, the chase kept in its words.
        var earlier = new List<string>();
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        foreach (var open in cases.Where(c => c.Kind == CaseKind.LogisticsFollowUp && c.Status == CaseStatus.Open).ToList())
        {
            if (open.Description is { } said && !said.StartsWith(RedirectNote, StringComparison.Ordinal))
            {
                earlier.Add(said);
            }

            await context.Actions.WithdrawCaseAsync(context.Turn, open.Id, "买家要改派到新地址，并入新的快递跟进记录", cancellationToken).ConfigureAwait(false);
        }

        var alsoAsked = earlier.Count > 0 ? $"；之前登记的：{string.Join("；", earlier)}" : string.Empty;
        await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber,
            $"{RedirectTo}{name} {mobile} {place}{kept}；改派不成就按原地址派送{alsoAsked}", cancellationToken).ConfigureAwait(false);
        var shownMobile = mobile is null ? null : MobileMask.Mask(mobile, order.Phone);
        return string.Join(' ', new[] { name, shownMobile, place }.Where(p => !string.IsNullOrEmpty(p))) + kept;
    }

    /// <summary>The shipped order whose redirect was handed over to a person last, or null.</summary>
    private static Order? RedirectAsked(FlowContext context) =>
        context.State.LastFlow == Intents.IntentIds.ChangeAddress && context.State.LastOrderNumber is { } last
        && (context.Told("change_address.after_shipment", last) || context.Told("change_address.after_shipment_noted", last))
        && context.Services.Orders.Find(context.Input.BuyerId, last) is { Status: OrderStatus.Shipped } order
            ? order
            : null;

    [GeneratedRegex("拒收|拒签|不收了|退回去")]
    private static partial Regex Refused();

    [GeneratedRegex("(?:再|重新|另外)(?:帮我|给我)?(?:寄|发|送)(?:到|去|给)?|(?:寄|发|送)(?:到|去)新(?:的)?地址")]
    private static partial Regex SentAgain();

    [GeneratedRegex("不折腾|别折腾|不用折腾|不改了|不用改了|别改了|不换了|不用麻烦了|(?:送|寄|发|派)(?:到|回)?原(?:来的?)?地址|原地址(?:就行|吧|也行|就好)|(?:家里|家)(?:有人|人)(?:收|在)|地址(?:就|也)?(?:不用|不要|不|别)(?:再)?(?:改|换)了")]
    private static partial Regex RedirectDropped();
}
