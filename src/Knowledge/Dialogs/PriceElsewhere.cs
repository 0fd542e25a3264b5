using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "保温杯别家才卖69 你们这贵了": a price seen in another shop is no price drop of ours, so price protection (the shop's
/// own price falling within the window) does not apply. The buyer hears why prices differ and when our own drop is
/// refunded, never the price-protection steps as if they applied. "洗了一次就起球 掉毛 239买这个？？拼多多20块的都比这强"
/// compares prices to say how bad the goods are: a defect named is the complaint's, whose flow answers it.
/// </summary>
public static partial class PriceElsewhere
{
    public const string Template = "policy_topics.price_elsewhere";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (context.State.ActiveFlow is not null || !OtherShopPrice().IsMatch(compact) || OurDrop().IsMatch(compact)
            || Acts().IsMatch(compact) || Flows.QualityProblems.NamesAProblem(context.Normalized) || context.Told(Template, null))
        {
            return false;
        }

        context.Say(Template);
        context.State.RememberPolicy(PolicyTopics.PriceProtection);
        return true;
    }

    // Another shop or platform with a price or "cheaper": "别家才卖69", "拼多多便宜一半", "人家店里只要50".
    [GeneratedRegex("(?:别家|别的店|别人家|人家店|人家那|其他店|其他家|其它家|隔壁店?|同款|拼多多|京东|抖音|直播间|超市|实体店)(?:里|上|那边|那里)?(?:才|只|只要|就|都)?(?:卖|要|售|标)?[0-9一二三四五六七八九十两百]+|(?:别家|别的店|别人家|人家店|其他店|其他家|其它家|同款|拼多多|京东|抖音|直播间|超市|实体店).{0,8}(?:便宜|更低|低多了|少[0-9一二三四五六七八九十两几]|差不多一半)")]
    private static partial Regex OtherShopPrice();

    // "你们降价了", "你们家同款才79", "活动价比我买的低": our own price fell, which price protection does cover.
    [GeneratedRegex("(?:你们|你家|店里|贵店|本店|页面|现在)(?:又|就|都)?(?:降|便宜|打折|活动)|降价|降了|你们家|你们店|你家|贵店|本店|店里")]
    private static partial Regex OurDrop();

    // "别家更便宜 取消吧": the price is the reason given for an action, which its own flow takes.
    [GeneratedRegex("取消|退|不要了|不买了|不想要")]
    private static partial Regex Acts();
}
