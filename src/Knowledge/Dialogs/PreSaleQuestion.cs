using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Questions asked before buying: a detail of the goods the title does not give ("被套是拉链还是系带") is left to the
/// product page and the pre-sales colleague, never taken for a defect; "1.8的能用不" on a 1.5 m bed is told what the set is made for, never guessed; "现在拍
/// 今天能发吗" is about a new order, answered with the shipping promise, never a note on an order the buyer already placed.
/// </summary>
public static partial class PreSaleQuestion
{
    private const string Area = "presale";
    private const string BeddingSpec = "spec-bedding";

    /// <summary>True when the line asks about a detail of the goods (a zip, ties, pockets, a lid), naming no fault.</summary>
    public static bool AsksDetail(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Detail().IsMatch(context.Compact) && DetailAsked().IsMatch(context.Compact)
            && !QualityProblems.NamesAProblem(context.Normalized) && !Broken().IsMatch(context.Compact);
    }

    /// <summary>True when the line asks when an order not placed yet would ship ("现在拍今天能发吗").</summary>
    public static bool AsksNewOrderShipping(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        return NewOrder().IsMatch(compact) && Ships().IsMatch(compact) && !Placed().IsMatch(compact)
            && !OrderNumber().IsMatch(compact);
    }

    /// <summary>
    /// "我床是1.5的 1.8的能用不" about the shop's set made for a 1.8 m bed: what it is made for, and that whether it
    /// suits another bed is not in the title, so never guessed; the sizes are the product page's and pre-sales'.
    /// </summary>
    public static bool AsksBedFit(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        return BedWidth().IsMatch(compact) && Fits().IsMatch(compact) && !QualityProblems.NamesAProblem(context.Normalized)
            && (Bedding().IsMatch(compact) || context.State.AnsweredPolicies.Contains(BeddingSpec, StringComparer.Ordinal));
    }

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string situation;
        if (AsksDetail(context))
        {
            situation = "product_detail";
        }
        else if (AsksBedFit(context))
        {
            situation = "bedding_fit";
        }
        else if (AsksNewOrderShipping(context))
        {
            situation = "ship_new";
        }
        else
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say($"{Area}.{situation}", new Dictionary<string, string?>
        {
            [TemplateSlots.PromiseHours] = context.Services.OrdersOptions.ShippingPromiseHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (context.State.ActiveFlow is not null && context.State.Step is not null)
        {
            QuestionAside.Resume(context);
        }

        return true;
    }

    [GeneratedRegex("\\d{12,}")]
    private static partial Regex OrderNumber();

    // The fold turns "1.5" into "1 5", so the compact text reads "床其实是15米的", "这个18的": a width is 1 and one digit
    // before 米, m, 的 or 床, whatever stands between it and the bed.
    [GeneratedRegex("(?<![0-9])1[2-8](?:米|m|的|床|$)|1米[2-8]|一米[二五八]|两米|2米|床是1|床1")]
    private static partial Regex BedWidth();

    [GeneratedRegex("能用|可以用|能不能用|好用吗|合适|能铺|铺得|盖得|能盖|行不|行吗|用得了|用得上|大不大|会不会大|够不够")]
    private static partial Regex Fits();

    [GeneratedRegex("床|四件套|被套|床单|被罩")]
    private static partial Regex Bedding();

    [GeneratedRegex("拉链|系带|绑带|系绳|绑绳|纽扣|扣子|帽子|可拆卸|能拆卸|按扣|暗扣|魔术贴|松紧带|信封口|口袋|内袋|隔层|夹层|里衬|内衬|夹棉|带盖|有盖子|杯盖是|吸管|杯套|提手|肩带|背带|防滑|有没有衬")]
    private static partial Regex Detail();

    [GeneratedRegex("还是|有没有|有木有|带不带|是不是|是啥|是什么|[吗么嘛不没]$|[吗么嘛]|哪种|哪个")]
    private static partial Regex DetailAsked();

    /// <summary>"拉链坏了", "扣子掉了": a fault of the goods, for the quality flow.</summary>
    [GeneratedRegex("坏|掉了|断|拉不|卡住|卡死|脱落|开线|松了|崩")]
    private static partial Regex Broken();

    [GeneratedRegex("(现在|今天|马上|这会|待会|等会|一会|晚上|下午|上午|中午)(就)?(拍|下单|买|付款|付钱)|(拍|下单|买|付款)的话|(要是|如果|假如)(现在|今天)?(拍|下单|买)|(想|打算|准备)(再)?(买|拍|下单)")]
    private static partial Regex NewOrder();

    [GeneratedRegex("(什么时候|啥时候|几时|多久|几天|哪天|今天|今日|当天|明天)[^，,]{0,6}(发|寄|出库)|(能|会)(不能)?(发|寄)(货|出)?[吗么不没]|发货[吗么]")]
    private static partial Regex Ships();

    /// <summary>"刚拍的", "已经拍了", "今天付款的": an order placed, whose shipping the order itself answers.</summary>
    [GeneratedRegex("刚(刚)?(拍|买|下单|付)|已经(拍|买|下单|付)|(拍|买|下单|付款|付)(的(?!话)|了(?!的话))|拍了(两|三|几|好几)天|买了(两|三|几|好几)天|照片|拍照")]
    private static partial Regex Placed();
}
