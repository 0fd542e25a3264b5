using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What an invoice may say: the goods bought and the sum paid, nothing else. "能不能开成办公用品", "金额能不能开300 我们报销
/// 有额度" are refused plainly with what the invoice will show (the order's goods, what was paid), inside the invoice
/// flow beside the fields it takes, or after the request was recorded, never a menu of topics.
/// </summary>
public static partial class InvoiceContents
{
    /// <summary>True when the line asks for other goods or a higher sum on the invoice (and the refusal was said).</summary>
    public static bool TryRefuse(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var slots = AmountSlots(context, order);
        if (OtherGoods().Match(context.Compact) is { Success: true } goods)
        {
            slots[TemplateSlots.Change] = goods.Groups["goods"].Value;
            context.Say("invoice.contents_goods_refused", slots);
            return true;
        }

        if (HigherSum().Match(context.Compact) is { Success: true } sum
            && (!sum.Groups["n"].Success || decimal.Parse(sum.Groups["n"].Value, CultureInfo.InvariantCulture) != order.AmountPaid))
        {
            context.Say("invoice.contents_amount_refused", slots);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "不行就算了 按实际的开吧" right after other goods or a higher sum was refused: the invoice as recorded stands, said
    /// so with the sum paid, never read as a new need (the model hears "开" as goods coming apart).
    /// </summary>
    public static bool TryAccept(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (!Accepts(context))
        {
            return false;
        }

        // Inside the flow the request is still being taken: the sum is agreed and the flow says what is recorded.
        var key = context.State.ActiveFlow == IntentIds.Invoice ? "invoice.contents_accepted_pending" : "invoice.contents_accepted";
        context.Say(key, AmountSlots(context, order));
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>
    /// "按实际的开" just after the refusal was said (among the last replies, as the flow may have asked for a field beside
    /// it; each key carries the order after a "|").
    /// </summary>
    public static bool Accepts(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.SaidTemplates.TakeLast(3).Any(RefusedKey().IsMatch) && AsPaid().IsMatch(context.Compact);
    }

    /// <summary>The order's slots with the sum paid, which every answer on what the invoice shows carries.</summary>
    private static Dictionary<string, string?> AmountSlots(FlowContext context, Order order) =>
        new(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Amount] = order.AmountPaid.ToString("0.00", CultureInfo.InvariantCulture) };

    /// <summary>"开成办公用品" and the like asked about the invoice of the order in focus, outside the invoice flow.</summary>
    public static bool IsAsked(string compact) => OtherGoods().IsMatch(compact) || HigherSum().IsMatch(compact);

    // "能不能开成办公用品", "品名写日用品", "內容寫辦公用品" (folded to Simplified before it gets here): other goods than were bought.
    [GeneratedRegex("(?:开成|写成|开|写|改成|品名|名称|内容|类目|项目)(?:成|为)?(?<goods>办公用品|办公耗材|办公设备|日用品|劳保用品|礼品|耗材|服务费|咨询费|会议费|材料费|文具|餐费)")]
    private static partial Regex OtherGoods();

    // "金额能不能开300", "发票开到300", "能不能开成100 报销凑个数", "多开点", "金额开高一点", "开250就行", "能开到300吗", "凑个整":
    // a sum other than what was paid.
    [GeneratedRegex("(?:金额|发票|票)[^,，。;；]{0,6}(?:开|写|改)(?:成|到)?(?<n>[0-9]{2,6})(?:块|元)?|开成(?<n>[0-9]{2,6})(?:块|元)?|多开|开高|开大|开多点|开多一点|虚开|凑(?:个)?(?:数|金额|额度|整)|开个?整数?(?:吧|行|呗|可以|就)" +
        "|开(?:到)?(?<n>[0-9]{2,6})(?:块|元)?整?(?:就行|就好|就可以|就够|吧|呗|行吗|行不|可以吗|可不可以|好吗|吗)")]
    private static partial Regex HigherSum();

    [GeneratedRegex(@"^invoice\.contents_(amount|goods)_refused(\||$)")]
    private static partial Regex RefusedKey();

    // "按实际的开吧", "就按实付金额开", "那按79开", "开实际的就行", "照实开": the sum paid accepted.
    [GeneratedRegex("按(?:实际|实付|原价|订单|付的|实际付的|真实)(?:的|金额|价格|价钱|数)?(?:开|来|写)|(?:开|就开)(?:实际|实付)(?:的|金额)?|按[0-9]{2,6}(?:块|元)?(?:开|来)|照实(?:开|写)|如实(?:开|写)")]
    private static partial Regex AsPaid();
}
