using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "今天能发吗", "那明天能发出去不" right after a hurry on an order not yet shipped: the question is about that order's day,
/// answered honestly (no day promised, the latest by the promise, or the delay admitted when it is past), never the
/// shipping status again word for word and never another order.
/// </summary>
public static partial class ShipTodayQuestion
{
    private const string Area = "listen_followups";

    public static bool Asks(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return Day().IsMatch(compactText) && Question().IsMatch(compactText) && !Photo().IsMatch(compactText);
    }

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        // "算了 今天能发就不退" sets a condition on a refund: that is the refund's business, not the day's question.
        if (state.ActiveFlow is not null || state.LastFlow != IntentIds.Hurry || !Asks(context.Compact) || context.Facts.Cues.HasCondition
            || state.LastOrderNumber is not { } number
            || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order)
        {
            return false;
        }

        state.ClearClarification();
        Answer(context, order);
        return true;
    }

    /// <summary>The day asked about an unshipped order: the promise, or the delay admitted, and a colleague checking today.</summary>
    public static void Answer(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var facts = context.Services.Orders.Facts(order);
        context.Say(facts.IsPastShippingPromise ? $"{Area}.ship_today_overdue" : $"{Area}.ship_today", context.SlotsOf(order));
    }

    [GeneratedRegex("(今天|今日|今晚|明天|明早|当天)[^，,]{0,6}(发|出库|寄出|发出)")]
    private static partial Regex Day();

    /// <summary>"明天拍了发你" is about photos.</summary>
    [GeneratedRegex("拍|照片|图|视频")]
    private static partial Regex Photo();

    [GeneratedRegex("[吗么嘛不没]|能不能|可不可以|会不会|到底|行不行|有没有戏")]
    private static partial Regex Question();
}
