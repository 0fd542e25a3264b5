using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "昨天又拍了个台灯 今天能发吗" when the account's only lamp was ordered in September: no new order of those goods is on
/// this account, said plainly with the old one's date, and the buyer asked whether it was paid or on which account; the
/// old order is never answered about as if it were the new one. Describing it next ("跟之前买的一样 白色三档的") is told
/// the same in other words, never a problem menu on the old order.
/// </summary>
public static partial class RecentOrderMissing
{
    private const string Told = "orders.recent_order_not_found";
    private const string ToldAgain = "orders.recent_order_still_not_found";

    /// <summary>
    /// Days back a "刚拍的", "昨天拍的", "前天下的单" order may lie: buyers count days loosely ("前天买的" of an order four
    /// days old), so only an order older than two weeks is surely not the one meant.
    /// </summary>
    private const int RecentDays = 14;

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || context.Services.Orders.ExtractOrderNumbers(context.Text).Count > 0)
        {
            return false;
        }

        var held = context.Facts.OrderReferences.Where(r => r.Evidence == OrderEvidence.Product && r.OrderNumbers.Count > 0).ToList();
        // "白色三档的" names the old order's colour, still the new order described.
        if (JustTold(context.State) && !Reports().IsMatch(context.Compact) && (UnownedGoods.StillAbout(context) || SameAsBefore().IsMatch(context.Compact)))
        {
            context.State.ClearClarification();
            context.Say(ToldAgain);
            return true;
        }

        if (!RecentBuy().IsMatch(context.Compact) || held.Count == 0)
        {
            return false;
        }

        var orders = held.SelectMany(r => r.OrderNumbers).Distinct(StringComparer.Ordinal)
            .Select(n => context.Services.Orders.Find(context.Input.BuyerId, n)).OfType<Order>().ToList();
        var since = ShanghaiTime.Today(context.Services.Time).AddDays(-RecentDays);
        if (orders.Count == 0 || orders.Any(o => ShanghaiTime.DateOf(o.CreatedAt) >= since) || DescribesOld(context, orders))
        {
            return false;
        }

        var latest = orders.MaxBy(o => o.CreatedAt)!;
        context.State.ClearClarification();
        context.Say(Told, new Dictionary<string, string?>
        {
            [TemplateSlots.ItemTitle] = held[0].Mention.ToUpperInvariant(),
            [TemplateSlots.Date] = SaidDates.Format(ShanghaiTime.DateOf(latest.CreatedAt)),
        });
        return true;
    }

    /// <summary>
    /// "…11月3号就发货了…打圆通电话也没人接…看你们家评价好才买的": the day it left or the courier of the old order, said
    /// beside the goods, describes that order ("才买的" there is why it was bought, not when), never a new one.
    /// </summary>
    private static bool DescribesOld(FlowContext context, List<Order> orders) =>
        context.Facts.OrderReferences.Any(r => r.Evidence is OrderEvidence.Date or OrderEvidence.Carrier
            && r.OrderNumbers.Intersect(orders.Select(o => o.OrderNumber), StringComparer.Ordinal).Any());

    private static bool JustTold(DialogState state) =>
        state.SaidTemplates.LastOrDefault() is { } last && last.StartsWith(Told, StringComparison.Ordinal);

    // "昨天又拍了个台灯", "今天刚下的单", "刚买的", "前天付的款": an order said to be new.
    [GeneratedRegex("(?:昨天|昨晚|今天|今早|今儿|刚刚|刚才|前天|早上|上午)(?:又|刚|才)?(?:拍|买|下单|下了?单|付款|付了款|订)|(?:又|刚|才)(?:拍|买|下单|下了?单|付款|付了款|订)了?(?:个|一个|一只|一盏|一件|一套|的)")]
    private static partial Regex RecentBuy();

    // "跟之前买的一样", "和上次那个同款": the new order described by the old one.
    [GeneratedRegex("(?:跟|和|与)(?:之前|上次|以前|原来)[^，,。]{0,6}(?:一样|同款|一模一样)|同款|一样的")]
    private static partial Regex SameAsBefore();

    // "坏了", "不亮": a fault told of goods already in hand is about the old order, not the new one.
    [GeneratedRegex("坏|不亮|没反应|破|碎|漏|质量|退货|退款|换货")]
    private static partial Regex Reports();
}
