using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "自动确认收货是几天", "还没到就要自动确认了", "帮我延长收货": when the order confirms itself (the policy's days after
/// shipping), how the buyer extends it on the order page, and, when the buyer asks the shop to do it, a note for a
/// colleague to extend it from the seller's side. Never the tracking line alone.
/// </summary>
internal static partial class ReceiptExtension
{
    /// <summary>Days after shipping when the platform confirms receipt by itself (the shop's auto-confirm policy).</summary>
    public const int AutoConfirmDays = 10;

    /// <summary>Marks, as the last topic, that the bot offered to note an extension, so "好的 帮我登记" next takes it.</summary>
    private const string Offered = "receipt_extension";

    public static bool IsAsked(string compact) => Words().IsMatch(compact);

    /// <summary>"好的 帮我登记" after the offer; "谢谢", "不用了" are no yes.</summary>
    public static bool Consents(string text) => ConsentWords().IsMatch(CompactText.Of(text));

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var compact = context.Compact;
        var offered = context.State.LastFlow == Offered && context.State.LastOrderNumber is not null
            && context.State.ActiveFlow is null && Consents(compact);
        if (!IsAsked(compact) && !offered)
        {
            return false;
        }

        if (!offered && RefundPausing(context) is { } refunding)
        {
            context.State.LastOrderNumber = refunding.OrderNumber;
            context.Say("needs.receipt_refund_paused", context.SlotsOf(refunding));
            return true;
        }

        var order = offered
            ? context.Services.Orders.OrdersOf(context.Input.BuyerId).FirstOrDefault(o => o.OrderNumber == context.State.LastOrderNumber)
            : LessCommonNeeds.Pick(context, o => o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay);
        if (order is null)
        {
            context.Say("needs.receipt_general");
            return true;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        if (order.Status == OrderStatus.Completed)
        {
            context.Say("needs.receipt_completed", slots);
            return true;
        }

        if (order.Status != OrderStatus.Shipped || order.ShippedAt is not { } shippedAt)
        {
            context.Say("needs.receipt_not_shipped", slots);
            return true;
        }

        // Weeks on the road: the track flow's lost-parcel path, not a countdown; once the parcel is looked for, the
        // extension for its age.
        if (context.Services.Orders.Facts(order).IsShippedLongAgo)
        {
            return await TryLostAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
        }

        slots[TemplateSlots.Date] = SaidDates.Format(DateOnly.FromDateTime(shippedAt.AddDays(AutoConfirmDays).DateTime));
        if (offered || AsksShop().IsMatch(compact))
        {
            await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, Cases.OpenCaseGuard.ReceiptExtensionNote + "（包裹还没收到，避免自动确认收货）", cancellationToken).ConfigureAwait(false);
            context.Say("needs.receipt_extension_recorded", slots);
            context.State.LastFlow = null;
            return true;
        }

        context.Say("needs.receipt_offer", slots);
        context.State.LastFlow = Offered;
        return true;
    }

    /// <summary>
    /// "快点啊 别拖到自动确认收货了" about the order whose refund is open (named, or the one just talked of): an open refund
    /// holds the countdown, so the answer is about that order, never another shipped one.
    /// </summary>
    private static Order? RefundPausing(FlowContext context)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var named = context.Facts.MatchedOrderNumbers.Select(n => orders.FirstOrDefault(o => o.OrderNumber == n)).OfType<Order>().ToList();
        var meant = named.Count > 0 ? named[0] : orders.FirstOrDefault(o => o.OrderNumber == context.State.LastOrderNumber);
        return meant is { Status: OrderStatus.Shipped, HasRefundUnderWay: true } ? meant : null;
    }

    [GeneratedRegex("自动(确认|收货|签收|确收)|(延长|延迟|推迟|延后)(一下|下)?(确认)?收货|收货时间.{0,4}(延长|延迟|推迟|加长)|(延长|延迟|加长)(一下|下)?(收货)?时间|延長")]
    private static partial Regex Words();

    [GeneratedRegex("帮我|给我|帮忙|麻烦|你们(帮|给|能|可以)|能不能帮|可以帮|登记|备注|申请一下")]
    private static partial Regex AsksShop();

    [GeneratedRegex("^(?=.*(好|可以|行|嗯|要|是的|对|ok|登记|延长|备注|申请))(?!.*(不|别|算了|没))(好的?|好啊|可以|行|嗯+|要|需要|是的|对|ok)?[,.!。！，]*(那就?|麻烦(你)?)?(帮我|帮忙|给我)?(登记|延长|弄|备注|申请)?(一下)?(吧|呀|啊|哈|了|谢谢)*[,.!。！，]*$")]
    private static partial Regex ConsentWords();
}
