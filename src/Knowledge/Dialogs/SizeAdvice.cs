using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我弟穿 他就170 瘦 T恤那单要换码吗", "孩子125了 120的会不会小", "我脚43码 均码能穿吗": a question whether the size of an
/// order fits its wearer, never a change of the order nor a cancellation. Which size fits is the size chart's on the
/// product page and pre-sales' to say; the buyer hears that, the size the order holds and what can be done in its state
/// (order anew while unpaid, refund and re-order before it ships, an exchange once the goods are in hand).
/// </summary>
public static partial class SizeAdvice
{
    private const string Area = "size_advice";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (context.State.ActiveFlow is not null || !Asked().IsMatch(compact) || Requested().IsMatch(compact)
            || OtherNeed().IsMatch(compact) || OrderOf(context) is not { } order
            // After a size change was noted on the order, the change's own answers name the note with the chart.
            || context.State.LastOrderToldOf(OrderChangeFlow.FlowId + ".") == order.OrderNumber)
        {
            return false;
        }

        var situation = OneSize().IsMatch(order.Title) ? "one_size" : order.Status switch
        {
            OrderStatus.AwaitingPayment => "unpaid",
            OrderStatus.AwaitingShipment => "unshipped",
            OrderStatus.Shipped => "shipped",
            _ => "completed",
        };
        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say($"{Area}.{situation}", context.SlotsOf(order));
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>
    /// The order the question is about, among the buyer's orders of goods sold in sizes (or one size): the one the line
    /// names, else the one in focus, else the only one. Null when the line names other goods or none can be told.
    /// </summary>
    private static Order? OrderOf(FlowContext context)
    {
        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.Where(Sized).ToList() is [var one] ? one : null;
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(Sized).ToList();
        var focus = context.State.OrderNumber ?? context.State.LastOrderNumber;
        // "我170穿什么码" with no order in focus may be asked before buying: the only order counts when the line speaks of it.
        return orders.FirstOrDefault(o => o.OrderNumber == focus)
            ?? (orders is [var only] && SpeaksOfOrder(context.Compact, only) ? only : null);
    }

    /// <summary>"要换码吗", "那单", "120的会不会小", "均码能穿吗": the line speaks of an order bought, not only of sizes.</summary>
    private static bool SpeaksOfOrder(string compact, Order order) =>
        compact.Contains('换', StringComparison.Ordinal) || compact.Contains('单', StringComparison.Ordinal)
        || (LabelSize.Bought(order.Title) is { } bought && compact.Contains(bought.Replace("cm", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
        || (OneSize().IsMatch(order.Title) && OneSize().IsMatch(compact));

    private static bool Sized(Order order) => order.Status != OrderStatus.Closed && (LabelSize.Bought(order.Title) is not null || OneSize().IsMatch(order.Title));

    [GeneratedRegex("均码|one ?size|free ?size", RegexOptions.IgnoreCase)]
    private static partial Regex OneSize();

    // "要换码吗", "要不要换大一码", "会不会小", "均码能穿吗", "穿得下吗", "够穿吗", "合适吗", "穿多大", "选哪个码", "120的怕小",
    // "擔心穿不下".
    [GeneratedRegex("(?:怕|担心|恐怕)(?:是|会)?(?:[0-9]{2,3}(?:cm|码)?的?)?(?:太|偏|有点|有些)?(?:小|大|紧|短)|(?:怕|担心)(?:是|会)?(?:穿不下|穿不上|不够穿|不够大)|(?:要|需要|用|得|该)(?:不要|不用|不需要|不该)?换(?:个|一个)?(?:码|尺码|码数|号|大一码|小一码|大一号|小一号|大点|小点|大的|小的)?(?:吗|么|嘛|不|没|呢|啊|$)" +
        "|(?:要不要|用不用|该不该|需不需要|需要不需要)换|会不会(?:太|偏|有点)?(?:小|大|紧|短|长|瘦|肥)|(?:会|能)(?:太|偏|有点)?(?:小|大|紧|短)(?:吗|么|嘛|不|啊)" +
        "|(?:能|可以)穿(?:吗|么|嘛|不|得下|进去)|能不能穿|穿得(?:下|上|进)|穿不穿得|够(?:不够)?(?:穿|大)(?:吗|么|不|嘛)|合(?:适|身|脚)(?:吗|么|不|嘛)|合不合(?:适|身|脚)" +
        "|(?:穿|选|拿|买)(?:多大|什么码|啥码|哪个码|几码|多大码|哪个号)|(?:多大|什么|哪个)码(?:合适|好|行)")]
    private static partial Regex Asked();

    // "能直接帮我改成130的吗", "可以换L吗", "我要换码", "怕小 想换XXL": a change asked for, which the change flow takes.
    [GeneratedRegex("(?:能|可以|帮我|给我|麻烦|我要|我想|想要|直接)(?:不能|不可以|直接|帮我|给我|您|你|们)*(?:改|换)(?:成|为|到|个|一下)?|(?:改|换)成|想(?:改|换)|(?:改|换)(?:[0-9]{2,3}|x{0,3}l|xs|s|m)(?![a-z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex Requested();

    // Goods in hand that do not fit or came wrong, a refund or a parcel are their own needs: "还没收到" is none of them.
    [GeneratedRegex("(?<![没未])收到|到货|到了|穿了|穿过|试了|试穿了|洗了|洗过|坏|破|起球|掉色|退|质量|发错|寄错|地址|快递|物流")]
    private static partial Regex OtherNeed();
}
