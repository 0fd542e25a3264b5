using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "怎么洗", "能机洗吗", "会缩水吗", "保温杯第一次用要怎么处理", "保质期多久" (in characters, Traditional or pinyin): a
/// question about caring for or using a product, answered with the care facts of its category (the product named,
/// else the order in focus, else the buyer's only kind of product), never a price, courier, problem-type or return
/// answer. A problem already there ("洗了一次就缩水了", "洗一次就松了 这不是质量问题吗") is a quality report and stays with the quality flow.
/// </summary>
public static partial class CareQuestion
{
    private const string Area = "care";

    /// <summary>True when the line asks how to wash, use or keep a product, not about a problem it already has.</summary>
    public static bool Asks(string compactText, bool isQuestion)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        if (!(Care().IsMatch(compactText) || ShelfLife().IsMatch(compactText)) || Remedy().IsMatch(compactText) || Spec().IsMatch(compactText)
            || (Smell().IsMatch(compactText) && !Washing().IsMatch(compactText)))
        {
            return false;
        }

        if ((PastProblem().IsMatch(compactText) && !Would().IsMatch(compactText)) || Flows.QualityProblems.Claimed(compactText)
            || ListsDefects(compactText))
        {
            return false;
        }

        return isQuestion || Question().IsMatch(compactText);
    }

    /// <summary>
    /// "起球 掉毛 缩水 三样全占了", "掉色又起球" : defects listed as what the goods have, a report for the quality flow,
    /// never a washing question; "会不会起球掉毛" (what might happen) and "怎么洗才不起球不掉毛" (how to avoid it) still ask.
    /// </summary>
    private static bool ListsDefects(string compactText) =>
        !Would().IsMatch(compactText) && !HowToAvoid().IsMatch(compactText)
        && (Defect().Matches(compactText).Select(m => m.Value).Distinct(StringComparer.Ordinal).Count() >= 2 || Present().IsMatch(compactText));

    [GeneratedRegex("缩水|掉色|褪色|串色|起球|掉毛|变形|开线|勾丝|起毛|发黄")]
    private static partial Regex Defect();

    [GeneratedRegex("怎么|怎样|如何|咋|才不|才能不|不会|避免|防止")]
    private static partial Regex HowToAvoid();

    [GeneratedRegex("(?:全|都|样样|每样)(?:占|中|有)了?|全占|都占")]
    private static partial Regex Present();

    /// <summary>The product category a title or a line names, or null.</summary>
    public static string? Category(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Categories.FirstOrDefault(c => c.Words.IsMatch(text)).Name;
    }

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Asks(context.Compact, context.Facts.Cues.IsQuestion))
        {
            return false;
        }

        var named = Category(context.Compact);
        var category = named ?? CategoryOfOrders(context);
        // "袜子怎么洗" then "能机洗吗": the product named stays the one talked about.
        if (named is not null && OrdersOf(context, named) is [var only])
        {
            context.State.LastOrderNumber = only.OrderNumber;
        }

        // "是纯羊毛吗 会起球吗": what the goods are made of is the question, answered from the title, never the washing.
        if (category is not null && ProductQuestion.AsksFabric(context.Compact))
        {
            context.State.ClearClarification();
            ProductQuestion.SayFabric(context, category);
            ResumeFlow(context);
            return true;
        }

        var situation = ShelfLife().IsMatch(context.Compact) ? "shelf_life" : Worry(context) ?? category ?? "general";
        // "能进洗衣机吗 能用柔顺剂不" after the same product's care was told: that question shortly, where one is written.
        if (situation == category && context.State.Told($"{Area}.{category}", null) && context.Services.Templates.Contains($"{Area}.{category}_again"))
        {
            situation = category + "_again";
        }

        context.State.ClearClarification();
        context.Say($"{Area}.{situation}");
        // "可以丢洗衣机洗吗？会不会掉色": the washing told, the fading asked beside it is answered too, never left out.
        if (situation.StartsWith(category ?? "general", StringComparison.Ordinal) && WorryOf(context.Compact) == "fade")
        {
            context.Say($"{Area}.fade_beside");
        }

        ResumeFlow(context);
        return true;
    }

    private static void ResumeFlow(FlowContext context)
    {
        if (context.State.ActiveFlow is not null && context.State.Step is not null)
        {
            QuestionAside.Resume(context);
        }
    }

    /// <summary>
    /// "浅色的怕洗黄" and "洗了会掉色不" (which no product's washing text answers), or "会不会缩水" after the washing was told and with no
    /// washing question beside it: the worry itself is answered (what causes it, how to avoid it), never the same
    /// washing text again.
    /// </summary>
    private static string? Worry(FlowContext context)
    {
        var kind = WorryOf(context.Compact);
        var careTold = context.State.SaidAnyOf(Area + ".");
        return kind == "yellow" || (kind is not null && (careTold || kind == "fade") && !AsksHowToWash().IsMatch(context.Compact)) ? "worry_" + kind : null;
    }

    private static string? WorryOf(string compact) =>
        Yellowing().IsMatch(compact) ? "yellow" : Shrinking().IsMatch(compact) ? "shrink" : compact.Contains("起球", StringComparison.Ordinal) ? "pill"
        : Fading().IsMatch(compact) ? "fade" : null;

    private static List<Order> OrdersOf(FlowContext context, string category) =>
        [.. context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.Status != OrderStatus.Closed && Category(o.Title.ToLowerInvariant()) == category)];

    /// <summary>The order in focus, else the one kind of product the buyer's open orders hold.</summary>
    private static string? CategoryOfOrders(FlowContext context)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var focus = context.State.OrderNumber ?? context.State.LastOrderNumber;
        if (orders.FirstOrDefault(o => o.OrderNumber == focus) is { } focused)
        {
            return Category(focused.Title.ToLowerInvariant());
        }

        var kinds = orders.Where(o => o.Status != OrderStatus.Closed).Select(o => Category(o.Title.ToLowerInvariant())).Distinct().ToList();
        return kinds.Count == 1 ? kinds[0] : null;
    }

    private static readonly (string Name, Regex Words)[] Categories =
    [
        ("silk", SilkWords()),
        ("down_coat", DownWords()),
        ("bedding", BeddingWords()),
        ("towel", TowelWords()),
        ("tshirt", ShirtWords()),
        ("socks", SockWords()),
        ("cup", CupWords()),
        ("tableware", TablewareWords()),
        ("tote", ToteWords()),
        ("lamp", LampWords()),
    ];

    [GeneratedRegex("发黄|洗黄|变黄|泛黄")]
    private static partial Regex Yellowing();

    [GeneratedRegex("缩")]
    private static partial Regex Shrinking();

    [GeneratedRegex("掉色|褪色|串色")]
    private static partial Regex Fading();

    [GeneratedRegex("怎么洗|咋洗|如何洗|怎样洗|机洗|水洗|手洗|能洗|可以洗|洗吗|注意")]
    private static partial Regex AsksHowToWash();

    [GeneratedRegex("发黄|洗黄|变黄|泛黄|洗|烘干|晾干|怎么晾|暴晒|能晒|可以晒|熨|缩水|会缩|缩不缩|缩吗|掉色|褪色|串色|掉毛|起球|消毒|第一次用|首次用|首次使用|头一次用|刚买.{0,4}(怎么|咋)用|开水烫|烫一下|保养|除味|去味")]
    private static partial Regex Care();

    [GeneratedRegex("保质期|有效期|能用多久|可以用多久|用多久|能放多久|使用寿命|寿命")]
    private static partial Regex ShelfLife();

    /// <summary>A return, exchange or compensation asked for is a remedy, not a care question.</summary>
    [GeneratedRegex("退货|退款|换货|换一|换个|补偿|赔|退了|能退|可以退|退吗")]
    private static partial Regex Remedy();

    /// <summary>"晾几天味道能散掉吗" asks about a new smell, answered by its own policy; "有金属味 第一次用怎么洗" is care.</summary>
    [GeneratedRegex("味|散掉|散不")]
    private static partial Regex Smell();

    [GeneratedRegex("洗|消毒|烫|第一次|首次|头一次")]
    private static partial Regex Washing();

    /// <summary>"浴巾多大尺寸 会掉毛吗" asks the product's specs: the spec answer covers it.</summary>
    [GeneratedRegex("尺寸|多大|多长|多宽|规格|容量|几件|几双|几只|什么码|多大码")]
    private static partial Regex Spec();

    [GeneratedRegex("(缩水|缩|掉色|褪色|串色|起球|变形|破|坏|开线|脱线|勾丝|抽丝|起毛|掉毛|发黄|生锈|漏水|漏|松)了|(洗|穿|用)(了|完|过|[了过]?[一两二三几]+(次|回|遍|水))[^，,]{0,8}(缩|掉色|褪色|起球|变形|破|坏|开线|脱线|勾丝|抽丝|起毛|掉毛|发黄|松)")]
    private static partial Regex PastProblem();

    /// <summary>"会缩水吗", "怕洗坏了", "担心机洗会变形": a problem feared before washing, not one the goods already have.</summary>
    [GeneratedRegex("会不会|会[^，,]{0,5}[吗么嘛不]$|会[^，,]{0,5}[吗么嘛]|容不容易|容易[^，,]{0,5}[吗么嘛]|怕不怕|(?:怕|担心|生怕|万一)(?:会|给)?(?:机洗|水洗|手洗|洗|烘|晒)")]
    private static partial Regex Would();

    /// <summary>"掉色不", "缩水不": a worry asked the colloquial way, with 不 at the end; "没怎么穿" asks nothing.</summary>
    [GeneratedRegex("[吗么嘛呢]|(能|可以|会)[^，,]{0,6}[不没]$|(掉色|褪色|串色|缩水|起球|掉毛|发黄|变形)[不没]$|怕|担心|(?<!没)怎么|咋|如何|会不会|能不能|可不可以|要不要|需不需要|多久|注意|讲究|方法")]
    private static partial Regex Question();

    [GeneratedRegex("枕套|桑蚕丝|真丝")]
    private static partial Regex SilkWords();

    [GeneratedRegex("羽绒")]
    private static partial Regex DownWords();

    [GeneratedRegex("四件套|被套|床单|床品|珊瑚绒")]
    private static partial Regex BeddingWords();

    [GeneratedRegex("浴巾|毛巾")]
    private static partial Regex TowelWords();

    [GeneratedRegex("t恤|短袖|体恤")]
    private static partial Regex ShirtWords();

    [GeneratedRegex("袜")]
    private static partial Regex SockWords();

    [GeneratedRegex("保温杯|杯子|杯")]
    private static partial Regex CupWords();

    [GeneratedRegex("餐具|(?<!洗)碗|盘子|碟")]
    private static partial Regex TablewareWords();

    [GeneratedRegex("托特包|帆布包|包包|这个包|帆布")]
    private static partial Regex ToteWords();

    [GeneratedRegex("台灯|灯")]
    private static partial Regex LampWords();
}
