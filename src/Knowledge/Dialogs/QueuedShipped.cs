using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "还没发吧？", "你们到底发没发" while the buyer waits for a person, about an order that has left: the shipment is told
/// from the order (the carrier, when it left, whether its number has synced), never the hurry rules. A number later
/// than the courier's usual hours is chased the way tracking chases it (a follow-up recorded); a person asked for again
/// in the same line ("转人工 T恤发货两天了一条物流都没有 你们到底发没发") does not hide the question.
/// </summary>
public static partial class QueuedShipped
{
    /// <summary>A question of whether it shipped is short; a longer line carries a need of its own.</summary>
    private const int MaxLength = 16;

    /// <summary>Told with what the buyer sees of it ("一条物流都没有", "两天了"), the question may run longer.</summary>
    private const int MaxLengthWithShipmentWords = 32;

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = HandoffRequestDetector.WithoutRequest(context.Compact);
        var longest = ShipmentWords().IsMatch(asked) && !OtherNeed().IsMatch(asked) ? MaxLengthWithShipmentWords : MaxLength;
        if (context.State.ActiveFlow is not null || asked.Length > longest || !AsksIfShipped().IsMatch(asked)
            || Meant(context) is not { } order)
        {
            return false;
        }

        var facts = context.Services.Orders.Facts(order);
        if (!facts.HasTrackingNumber && facts.DaysSinceShipment * 24 >= ShipmentAnswers.NoTrackingUsualHours)
        {
            await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            context.Say(ParcelFacts.ShippedAnswer(context, order), context.SlotsOf(order));
        }

        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    /// <summary>The shipped order named, else the one in focus; null when that order has not left.</summary>
    private static Order? Meant(FlowContext context)
    {
        var named = OrderResolver.Named(context);
        var order = named.Count > 0 ? (named.Count == 1 ? named[0] : null)
            : context.State.LastOrderNumber is { } focus ? context.Services.Orders.Find(context.Input.BuyerId, focus) : null;
        return order is { Status: OrderStatus.Shipped } ? order : null;
    }

    /// <summary>"还没发吧", "发了没", "发没发", "发货了吗", "到底发了没有": whether the order has left, asked.</summary>
    [GeneratedRegex("还?没(?:有)?发(?:货|出)?(?:吧|吗|呢)|发(?:了)?没(?:发|有)?|发(?:货|出)?了(?:吗|没|没有)|到底发(?:了)?没")]
    private static partial Regex AsksIfShipped();

    /// <summary>"一条物流都没有", "单号也没有", "两天了", "没动静": what the buyer sees of the shipment.</summary>
    [GeneratedRegex("物流|单号|單號|动静|動靜|信息|消息|[0-9一二两三四五六七八九十几]天了")]
    private static partial Regex ShipmentWords();

    /// <summary>A refund, a change or a complaint beside the question is a need of its own, for the flows.</summary>
    [GeneratedRegex("退|换|換|改|取消|地址|发票|發票|投诉|投訴|差评|差評|赔|賠|补偿|補償")]
    private static partial Regex OtherNeed();
}
