using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "能装开水不 要泡茶", "明天出差要带" said beside an answer about the order's shipping or courier: what the title does not
/// say of the goods' use is the product page's and pre-sales' (never guessed), and a day the parcel is needed by is the
/// courier's to keep (never promised). Each is said once in a chat, after the shipping answer.
/// </summary>
internal static partial class ShippingAsides
{
    public const string UsageTemplate = "asides.usage_unknown";
    public const string DayTemplate = "asides.day_not_promised";

    public static void Add(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Replies.Any(r => ShippingAnswer().IsMatch(r.TemplateId)))
        {
            return;
        }

        if (AsksUsage(context.Compact) && !context.Replies.Any(r => GoodsAnswer().IsMatch(r.TemplateId)) && !context.Told(UsageTemplate, null))
        {
            context.Say(UsageTemplate);
        }

        if (NeedsByDay(context.Compact) && !context.Replies.Any(r => DayAnswer().IsMatch(r.TemplateId)) && !context.Told(DayTemplate, null))
        {
            context.Say(DayTemplate);
        }
    }

    /// <summary>"能装开水不", "可以放微波炉吗": a use of the goods asked.</summary>
    public static bool AsksUsage(string compactText) => UsageAsked().IsMatch(compactText ?? string.Empty);

    /// <summary>"明天出差要带", "周五前能到吗": the parcel needed by a day.</summary>
    public static bool NeedsByDay(string compactText) => DayNeeded().IsMatch(compactText ?? string.Empty);

    [GeneratedRegex("^(?:track|hurry|courier_choice)\\.|^order_change\\.shipped_courier")]
    private static partial Regex ShippingAnswer();

    [GeneratedRegex("^(?:product|policy|care)\\.")]
    private static partial Regex GoodsAnswer();

    [GeneratedRegex("^(?:arrival|needs)\\.|needed_by")]
    private static partial Regex DayAnswer();

    // "能装开水不", "能装热牛奶吗", "可以放微波炉吗", "保温多久", "要泡茶": a use of the goods the title does not name.
    [GeneratedRegex("(?:能|可以|能不能|可不可以)(?:直接)?(?:装|倒|放|泡|进)(?:热|冰|凉)?(?:开水|热水|沸水|茶|咖啡|牛奶|果汁|汤|碳酸|微波炉|洗碗机|烤箱|冰箱)|泡茶|装开水|装热水|保温(?:多久|多长|几个?小时)|(?:什么|啥)材质")]
    private static partial Regex UsageAsked();

    // "明天出差要带", "周五前能到吗", "出门前能到吗": the parcel needed by a day.
    [GeneratedRegex("(?:今天|明天|后天|今晚|明早|周[一二三四五六日天]|星期[一二三四五六日天]|[0-9一二三四五六七八九十]+号)(?:之前|前|以前)?.{0,6}?(?:要带|要用|带走|能到|能送到|到得了|收得到|能收到|赶得上|来得及)|(?:出门|出发|走)(?:之)?前.{0,4}(?:能到|到吗|收到)")]
    private static partial Regex DayNeeded();
}
