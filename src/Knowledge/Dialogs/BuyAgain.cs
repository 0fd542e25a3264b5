using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "之前那件儿童羽绒服退掉了 现在又想买了": a wish to buy a closed order's goods again, never a refund or a cancellation
/// the words 退 and 买 look like. The closed order cannot come back (RestoreOrderFlow says how to order again); asked
/// next "还是328吗 孩子130高 拿哪个码", the price is the page's on the day of the new order and the size the size chart's
/// or pre-sales', never a guess.
/// </summary>
public static partial class BuyAgain
{
    private const string Area = "restore_order";

    /// <summary>The one closed order the line wishes to buy again, else null.</summary>
    public static Order? Wished(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || !Again().IsMatch(context.Compact))
        {
            return null;
        }

        var named = OrderResolver.Named(context);
        return named.Count == 1 && named[0].Status == OrderStatus.Closed ? named[0] : null;
    }

    /// <summary>The price or the size asked right after the closed order was said to be ordered again: answered; false otherwise.</summary>
    public static bool TryAnswerPriceOrSize(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow != Intents.IntentIds.RestoreOrder || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Closed } order)
        {
            return false;
        }

        var price = PriceAsked().IsMatch(context.Compact);
        var size = SizeAsked().IsMatch(context.Compact);
        if (!price && !size)
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Amount] = (order.AmountPaid > 0 ? order.AmountPaid : order.AmountDue).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        };
        context.Say(price && size ? $"{Area}.again_price_size" : price ? $"{Area}.again_price" : $"{Area}.again_size", slots);
        return true;
    }

    // "又想买了", "还想再买一件", "想重新拍", "又想要了", "想回购": the same goods wanted again.
    [GeneratedRegex("(?:又|还|再|重新)(?:想|要)?(?:再)?(?:买|拍(?![照图视张])|下单|入)|(?:又|还)想要|想回购|回购")]
    private static partial Regex Again();

    // "还是328吗", "价格一样吗", "多少钱", "现在什么价": the price of the new order.
    [GeneratedRegex("还是[0-9]+(?:块|元)?(?:吗|嘛|么|不)|(?:价格|价钱)(?:还)?(?:一样|变|涨|没变)|多少钱|什么价|啥价|原价|还那个价|还是那个价|涨价|降价")]
    private static partial Regex PriceAsked();

    // "这回拿哪个码", "孩子130高", "穿多大的", "尺码怎么选": the size to choose.
    [GeneratedRegex("(?:哪个|哪|什么|啥|多大|几)(?:个)?码|尺码|码数|穿多大|多大的|身高|[0-9]{2,3}(?:cm|公分|厘米)?高|多高")]
    private static partial Regex SizeAsked();
}
