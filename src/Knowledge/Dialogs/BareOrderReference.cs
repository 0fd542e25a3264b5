using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A line that only points at an order: its goods named, and around them nothing but "also", "no, it is", "that one"
/// and a generic "do it" ("浴巾那单也一起开了吧", "啊不對 是帆布包 兩個那單", "T恤那单也一样"). A word of a need of its
/// own (退, 坏, 到, 发) leaves something over, so the line is not bare.
/// </summary>
public static partial class BareOrderReference
{
    public static bool Is(FlowContext context) => Is(context, null);

    /// <summary>
    /// The same, where words of the need carried over are no need of their own: "哦 可能是枕套 我记错了 枕套也一直没动静"
    /// after "什么时候发货" about goods not found asks the same of the pillowcases.
    /// </summary>
    public static bool Is(FlowContext context, string? carried)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Marker().IsMatch(context.Compact) && OnlyPoints(context, context.Compact, carried);
    }

    /// <summary>
    /// "就衣服那个 T恤", "是浴巾那单": the order just answered about, named again to say it is the one meant ("就", "是" first);
    /// the goods' kind ("衣服", "包", "杯子") counts as their name.
    /// </summary>
    public static bool Confirms(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Confirming().IsMatch(context.Compact) && OnlyPoints(context, Confirming().Replace(context.Compact, string.Empty), null, kindsCount: true);
    }

    private static bool OnlyPoints(FlowContext context, string text, string? carried, bool kindsCount = false)
    {
        if (carried is IntentIds.Hurry or IntentIds.Track)
        {
            text = ShippingNeed().Replace(text, string.Empty);
        }

        foreach (var reference in context.Facts.OrderReferences.Where(r => !string.IsNullOrEmpty(r.Mention)).OrderByDescending(r => r.Mention.Length))
        {
            text = text.Replace(reference.Mention, string.Empty, StringComparison.Ordinal);
        }

        // "打错了 是杯子 保温杯": the goods said twice, in a short word and the title's, is still only the goods.
        foreach (var word in context.Services.Analyzer.Products.ProductWordsIn(text))
        {
            text = text.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return Filler().Replace(kindsCount ? GoodsKind().Replace(text, string.Empty) : text, string.Empty).Length == 0;
    }

    [GeneratedRegex("^(?:对|對|嗯|恩|是的|就是|就|是|我说的?是|我說的?是)+")]
    private static partial Regex Confirming();

    [GeneratedRegex("衣服|衣裳|東西|东西|包包|包|杯子|杯|被子")]
    private static partial Regex GoodsKind();

    /// <summary>"也", "一起", "一样" carry the need over; "不对", "是" point at the order meant instead.</summary>
    [GeneratedRegex("也|一起|一样|同样|照样|不对|不是|错了|是")]
    private static partial Regex Marker();

    /// <summary>"一直没动静", "还没发", "什么时候发货", "到哪了": asking after the shipping, which a hurry or a tracking carries.</summary>
    [GeneratedRegex("(?:一直|还|都|怎么|咋|为啥)?(?:没|没有)(?:啥|个|见|什么)?(?:动静|消息|发货|发出|寄出|发|物流|更新)|(?:什么时候|啥时候|几时)(?:能|才)?(?:发货|发出|发|到)|(?:还|怎么还|咋还)不发|到哪了?")]
    private static partial Regex ShippingNeed();

    [GeneratedRegex("可能|应该|我?记错|记岔|记混|搞混|那边|对了|还有|另外|不对|不是|说错了|搞错了|弄错了|打错了|错了|我说的是|说的是|应该是|就是|是|那一单|那单|那个|那笔|那件|这单|订单|的|也|都|一起|同样|一样|照样|照这个|按这个|帮我|给我|麻烦|一下|开|办|弄|处理|登记|要|了|吧|呢|呀|哈|嘛|啊|哦|噢|呃|嗯|诶|哎|[一两二三四五六七八九十0-9]+(?:个|件|套|只|条|双)|pls|please|[,.!?~，。！？～、 ]")]
    private static partial Regex Filler();
}
