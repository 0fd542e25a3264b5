using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "上周买的电热毯咋还没到" from a buyer none of whose orders holds one: said plainly, with what this account did buy in
/// one short line, and the order number or the account used asked for. Nothing is done on another order. Told once, a
/// buyer who describes it more ("白色男款那个") or insists ("你再找找") hears it was checked again, in other words and
/// never as a menu; a number typed, goods of their own named or another account said leave it.
/// </summary>
public static partial class UnownedGoods
{
    /// <summary>Before any flow or pre-sale answer: the item the buyer speaks of as theirs, or the one just told of.</summary>
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (context.Services.Orders.ExtractOrderNumbers(context.Text).Count > 0 || OtherAccount.IsNamed(context))
        {
            return false;
        }

        if (LetsGo(context) || (state.UnownedItem is { } asked && TellsPaperInvoice(context, asked)))
        {
            return true;
        }

        if (state.ActiveFlow is not null)
        {
            return false;
        }

        var orders = Bought(context);
        if ((context.Facts.UnownedProduct ?? AwaitedBeside(context)) is { } item && item != state.UnownedItem && SpeaksAsOwned().IsMatch(context.Compact))
        {
            state.ClearClarification();
            NewItemSmell.Remember(context);
            SayNotAmong(context, item, orders);
            if (AsksSparePart().IsMatch(context.Compact))
            {
                context.Say(SparePartTemplate);
            }

            // "刚拍的四件套 能发顺丰吗": the courier asked beside it is answered too, for the order once it is found.
            if (AsksCourier().IsMatch(context.Compact))
            {
                context.Say(CourierTemplate);
            }

            // "布艺沙发什么时候上门安装": no one comes to put the shop's goods together, whichever order it turns out to be.
            if (OnSite().IsMatch(context.Compact) && Assembling().IsMatch(context.Compact))
            {
                context.Say("orders.unowned_on_site_aside");
            }

            return true;
        }

        if (NewItemSmell.TryAnswerCorrected(context))
        {
            return true;
        }

        // "赶紧给我补两个碗寄过来" after no order was found for the tableware: goods no order holds, told again, asked to be
        // sent; nothing is recorded on an order that holds none of it.
        if (state.UnownedItem is not { } told)
        {
            return false;
        }

        var remedyForUnowned = AsksRemedyFor(context, told);
        if (((context.Facts.UnownedProduct ?? told) != told && !remedyForUnowned) || NamesOwnedGoods(context))
        {
            return false;
        }

        if (TryAnswerAside(context, told))
        {
            return true;
        }

        if (!StillAbout(context) && !remedyForUnowned)
        {
            return false;
        }

        state.ClearClarification();
        SayStillNotAmong(context, told);
        return true;
    }

    /// <summary>The first telling: no order of this account holds the item; what it holds, in one line.</summary>
    public static void SayNotAmong(FlowContext context, string product, IReadOnlyList<Order> orders)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(orders);
        context.State.UnownedItem = product;
        context.State.UnownedAskedFor = context.State.ActiveFlow ?? context.Input.Understanding.Intent;
        if (orders.Count == 0)
        {
            context.Say("orders.ask_product_not_found_none", Slots(product, orders));
            SayInvoiceRulesBeside(context);
            return;
        }

        if (context.State.ActiveFlow is not null)
        {
            context.State.OrderChoices = [.. orders.Select(o => o.OrderNumber)];
            context.Await(DialogSteps.ChooseOrder);
        }

        context.Say("orders.ask_product_not_found", Slots(product, orders));
        SayUnshippedBeside(context);
        SayInvoiceRulesBeside(context);
    }

    /// <summary>
    /// "我的拖鞋怎么还没发" with one paid order of this account still waiting to ship: that order is pointed at, within
    /// the shipping promise or past it, as the one the buyer may mean.
    /// </summary>
    private static void SayUnshippedBeside(FlowContext context)
    {
        var waiting = context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay).ToList();
        if (!AsksShipment().IsMatch(context.Compact) || waiting is not [var order])
        {
            return;
        }

        var late = context.Services.Orders.Facts(order).HoursLeftToShip is not > 0;
        context.Say(late ? "orders.unowned_unshipped_late" : "orders.unowned_unshipped", context.SlotsOf(order));
    }

    /// <summary>
    /// Asked again about the item told of: checked again, said in other words, with where else it may be; asked a third
    /// time ("你再查查 就是这个号买的啊"), the account's orders are not listed again: where to find the order number instead.
    /// </summary>
    public static void SayStillNotAmong(FlowContext context, string product)
    {
        ArgumentNullException.ThrowIfNull(context);
        // "就上个月买的 白色三档调光那个" read as two needs: the first one has just said it, once is enough.
        if (context.Input.IsSecondNeed && ToldJustNow(context.State))
        {
            return;
        }

        var orders = Bought(context);
        // The account's goods were listed just before: checked again without the same list said twice.
        var again = orders.Count == 0 ? "orders.product_still_not_found_none"
            : context.Told("orders.ask_product_not_found", null) ? "orders.product_still_not_found_listed" : "orders.product_still_not_found";
        context.Say(context.Told(again, null) ? "orders.product_not_found_insisted" : again, Slots(product, orders));
    }

    /// <summary>The bot's last words were that no order holds the item: the next line is still about it unless it names an order.</summary>
    public static bool ToldJustNow(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.SaidTemplates.LastOrDefault() is { } last && NotAmongTemplates.Contains(last, StringComparer.Ordinal);
    }

    /// <summary>The reply says that no order of this buyer holds the goods asked about (the answer, or an aside beside it).</summary>
    public static bool SaysNoSuchOrder(string templateId) =>
        NotAmongTemplates.Contains(templateId, StringComparer.Ordinal) || templateId.StartsWith("orders.unowned_", StringComparison.Ordinal)
        || templateId.StartsWith("orders.recent_order_", StringComparison.Ordinal);

    // What SayNotAmong and SayStillNotAmong say (about no order, so remembered by the template id alone).
    private static readonly string[] NotAmongTemplates =
    [
        "orders.ask_product_not_found", "orders.ask_product_not_found_none", "orders.product_still_not_found",
        "orders.product_still_not_found_none", "orders.product_still_not_found_listed", "orders.product_not_found_insisted",
    ];

    /// <summary>
    /// The message names goods an order of the buyer holds by a goods word ("保温杯", "T恤那单"), not by a colour or a
    /// material its title shares ("白色", "珊瑚绒").
    /// </summary>
    public static bool NamesOwnedGoods(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Facts.OrderReferences.Any(r => r.Evidence == OrderEvidence.Product && r.OrderNumbers.Count > 0
            && context.Services.Analyzer.Products.NamesGoods(r.Mention));
    }

    /// <summary>The buyer still speaks of the item told of: describes it, insists it was bought here, or asks after it.</summary>
    public static bool StillAbout(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Compact;
        return Describes().IsMatch(text) || Insists().IsMatch(text) || SpeaksAsOwned().IsMatch(text);
    }

    /// <summary>
    /// "我买了包和一个保温杯 包到了 杯子一直没见着": goods awaited that no order holds, named beside goods an order does
    /// hold (which keeps them out of <see cref="Entities.MessageFacts.UnownedProduct"/>); null when the awaited goods are held.
    /// </summary>
    private static string? AwaitedBeside(FlowContext context)
    {
        if (Awaited().Match(context.Compact) is not { Success: true } awaited)
        {
            return null;
        }

        var products = context.Services.Analyzer.Products;
        var titles = context.Services.Orders.OrdersOf(context.Input.BuyerId).Select(o => o.Title.ToLowerInvariant()).ToList();
        var word = products.ProductWords.FirstOrDefault(w => awaited.Groups["what"].Value.Contains(w, StringComparison.Ordinal));
        var held = word is not null && titles.Any(t => t.Contains(word, StringComparison.Ordinal)
            || (products.Synonyms.TryGetValue(word, out var titleWords) && titleWords.Any(w => t.Contains(w, StringComparison.Ordinal))));
        return word is null || held ? null : word;
    }

    /// <summary>What this account bought, in one short line: orders closed unpaid are left out.</summary>
    public static IReadOnlyList<Order> Bought(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        return [.. orders.Where(o => o.PaidAt is not null || o.Status != OrderStatus.Closed).DistinctBy(o => o.Title.Split(' ')[0]).Take(MaxListed)];
    }

    // Folded text is lower case: "t恤" is said back as the titles write it.
    private static Dictionary<string, string?> Slots(string product, IReadOnlyList<Order> orders) => new()
    {
        [TemplateSlots.ItemTitle] = product.ToUpperInvariant(),
        [TemplateSlots.OrderList] = string.Join("、", orders.Select(o => o.Title.Split(' ')[0]).Distinct(StringComparer.Ordinal)),
    };

    private const int MaxListed = 8;

    private const string SparePartTemplate = "orders.spare_part_not_listed";
    private const string CourierTemplate = "orders.unowned_courier";

    [GeneratedRegex("没发|不发|发货|发了|发出|寄了|寄出|没寄|没到|没收到|到哪|物流")]
    private static partial Regex AsksShipment();

    [GeneratedRegex("顺丰|京东快递|京东物流|ems|邮政|(发|走|用)(什么|哪家|啥)快递|指定快递")]
    private static partial Regex AsksCourier();

    // Bought, received, awaited, broken or to be sent back: the buyer speaks of the item as one they have ordered;
    // "保温杯跟台灯是一起寄的吗" asks how it ships.
    // "那个电热水壶也一起开了": an invoice asked for the goods along with an order's is asked as for goods bought.
    [GeneratedRegex("(也|一起|一块|一并)(帮我|给我)?开(了|一下|上|张|个)?(发票|票)?(吧|了|呗|哈)?$|一起(寄|发|送|到)|(寄|发)(出|走)?的(吗|么|嘛)|(买|拍|订|下单)(的|了)|买过|我的|我(家)?(那|这)(个|款|件|只|套|条|双|盏|台)|(卡|插|拧|套|扣|塞|安)不(上|进|住|紧|稳|回)|收到了|到了(?!没|吗|么)|不会装|装不(上|好|进|回)|说明书|没收到|收到的|没到|还没到|到了没|到哪|发货了|发了没|发了吗|没发货|还没发|发货没|发没发|单号|物流(呢|信息|到哪|没|不动|一直)|坏了|漏水|漏了|破了|缩水|缩了|掉色|起球|勾丝|变形|质量|要退|想退|退了|申请退|退掉|付款了|付了")]
    private static partial Regex SpeaksAsOwned();

    [GeneratedRegex("那(款|个|件|条|套|只|双|种)|(白|黑|红|蓝|灰|粉|绿|黄|紫|米|棕|咖|卡其)色|[0-9.]+(ml|毫升|米|寸|cm|码)|[0-9]+(x|\\*|×)[0-9]+|男款|女款|圆领|v领|款的|色的|码的|[0-9]+(\\.[0-9]+)?(块|元|kuai|yuan)|naibai|baise|heise")]
    private static partial Regex Describes();

    [GeneratedRegex("再(找|查|看|核对|确认|翻)|查查|查一下|帮我查|帮忙查|找找|分开(发|寄)|一起(发|寄)|tracking|shipped|deliver|arrive|check|急用|急着用|等着用|明明|记得|就是(在)?(你们|你家|这家)|(你们|你家)(家)?(买|拍)的|怎么(会)?没有|不可能|没有[?？!！]|(找|查)不到(吗|嘛|么)|(你们|你)自己查|订单号(我)?(找不到|忘了|不记得)|是你们家|漏单|漏(查|录)|丢单")]
    private static partial Regex Insists();

    [GeneratedRegex("(?<what>\\p{IsCJKUnifiedIdeographs}{2,4}?)(?:一直|还|都|也|怎么|咋)?(?:没见着|没见到|没到|没收到|没看到|不见了|没来)")]
    private static partial Regex Awaited();

    // "能单独买一个吗", "寄一个密封圈给我": a part of the goods asked for on its own.
    [GeneratedRegex("单独(买|卖|配|寄)|单买|配件|零件|配一个|寄一个|补一个|硅胶圈|密封圈")]
    private static partial Regex AsksSparePart();

    /// <summary>
    /// "补两个碗寄过来" after no order was found for the tableware: a remedy asked for the goods told of, named by the word
    /// told, by a word standing for it (碗 for 餐具), or by other goods no order holds.
    /// </summary>
    public static bool AsksRemedyFor(FlowContext context, string told)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Compact;
        var named = context.Facts.UnownedProduct is not null || text.Contains(told, StringComparison.Ordinal)
            || context.Services.Analyzer.Products.Synonyms.Any(s => s.Value.Contains(told) && text.Contains(s.Key, StringComparison.Ordinal));
        return named && AsksRemedy().IsMatch(text);
    }

    [GeneratedRegex("补[发寄给]?|寄过来|发过来|重发|退[钱款货]|换[个一新]|赔")]
    private static partial Regex AsksRemedy();
}
