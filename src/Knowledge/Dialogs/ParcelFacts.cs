using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "顺丰的吗", "是哪个快递发的", "快递员电话多少": a fact about the buyer's own parcel, answered from the order (its carrier,
/// or that it has not left yet; where the courier's number is shown), never the shop's rules on choosing a courier.
/// Also while the buyer waits for a person: the answer is the order's, nothing is recorded.
/// </summary>
public static partial class ParcelFacts
{
    private const string CourierIs = "track.courier_is";

    private static readonly string[] NotReceivedTemplates = ["track.not_received", "track.not_received_left", "track.not_received_after_check"];

    /// <summary>The buyer asks which courier carries an order, not for a courier of their choosing.</summary>
    public static bool AsksCourierOfOrder(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return compactText.Length <= 16 && CourierOfOrder().IsMatch(compactText) && !ChoosesCourier().IsMatch(compactText) && !ShopHabit().IsMatch(compactText)
            && !OtherNeed().IsMatch(compactText) && !TrackSituations.IsCourierProblem(compactText);
    }

    /// <summary>"快递员电话？", "派送员手机号多少": the number of the person delivering, not a courier who will not answer.</summary>
    public static bool AsksCourierPhone(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return CourierPhone().IsMatch(compactText) && !TrackSituations.CourierUnreachable(compactText);
    }

    /// <summary>
    /// "那是顺丰发的吧", "用的什么快递", "是順豐嗎" about an order that has left: its courier, before a courier named is
    /// read as a change of courier or a wish for the delivery. "顺丰那单到哪了" asks where it is, which tracking answers;
    /// "发顺丰吧" wants a courier, which the change of order answers.
    /// </summary>
    public static bool TryAnswerShipped(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State is { ActiveFlow: null, ClarifyOptions.Count: 0 } && AsksCourierOfOrder(context.Compact) && !WhereAbouts().IsMatch(context.Compact)
            && OrderChanges.Read(context.Normalized) is not { Kind: OrderChangeKind.Courier, To: not null } && Focus(context) is { Status: OrderStatus.Shipped or OrderStatus.Completed } && TryAnswer(context);
    }

    /// <summary>Answers the question from the one order it is about; false when it is no such question or the order is unclear.</summary>
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var courier = AsksCourierOfOrder(context.Compact);
        var phone = !courier && AsksCourierPhone(context.Compact);
        if ((!courier && !phone) || context.State.ActiveFlow is not null || Focus(context) is not { } order)
        {
            return false;
        }

        var sent = order.Status is OrderStatus.Shipped or OrderStatus.Completed;
        var template = (courier, sent) switch
        {
            (true, true) => ShippedAnswer(context, order),
            (true, false) when order.Status == OrderStatus.AwaitingShipment => "track.courier_not_yet",
            // The colleague already chases the courier over a parcel shown as signed: the buyer may call too.
            (false, true) when NotReceivedTemplates.Any(t => context.Told(t, order.OrderNumber)) => "track.courier_phone_checking",
            (false, true) => "track.courier_phone",
            _ => null,
        };
        if (template is null)
        {
            return false;
        }

        context.Say(template, context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    /// <summary>The carrier an order left with, and whether its number has synced; "是顺丰吗" answered yes or no.</summary>
    public static string ShippedAnswer(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        return !context.Services.Orders.Facts(order).HasTrackingNumber ? "track.courier_is_without_number" : NamedCourierAnswer(context, order);
    }

    /// <summary>
    /// "是顺丰吗" names a courier: yes or no to it, with the one the parcel left with; none named, or "顺丰那单到哪了" naming
    /// it only to point at the order, that one alone.
    /// </summary>
    private static string NamedCourierAnswer(FlowContext context, Order order) =>
        OrderChanges.CourierNamed(context.Normalized) is not { } asked || WhereAbouts().IsMatch(context.Compact) ? CourierIs
        : (order.Carrier ?? string.Empty).Contains(asked[..2], StringComparison.OrdinalIgnoreCase) ? "track.courier_is_yes"
        : "track.courier_is_not";

    /// <summary>The order named, else the one the chat is about, else the buyer's only parcel on its way.</summary>
    private static Order? Focus(FlowContext context)
    {
        // "保温杯发的顺丰还是中通": the goods name the order; the couriers are what is asked, not which order is meant.
        var byProduct = OrderResolver.NamedByGoods(context);
        if (byProduct.Count == 1)
        {
            return context.Services.Orders.Find(context.Input.BuyerId, byProduct[0]);
        }

        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.Count == 1 ? named[0] : null;
        }

        if ((context.State.OrderNumber ?? context.State.LastOrderNumber) is { } focus)
        {
            return context.Services.Orders.Find(context.Input.BuyerId, focus);
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var shipped = orders.Where(o => o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay).ToList();
        if (shipped.Count > 0)
        {
            return shipped.Count == 1 ? shipped[0] : null;
        }

        var waiting = orders.Where(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay).ToList();
        return waiting.Count == 1 ? waiting[0] : null;
    }

    // 发的/走的/是 + which courier, or a courier named with 吗/那个/那单 ("顺丰的吗", "顺丰那个 20号发的").
    [GeneratedRegex("(哪个|哪個|哪家|什么|什麼|啥)(快递|快遞)|(快递|快遞)是(哪|什么|什麼|啥)|(发|發|走|用|寄)的(是)?(哪|什么|什麼|啥)|(顺丰|順豐|顺风|中通|圆通|圓通|韵达|韻達|申通|邮政|郵政|京东|京東|极兔|極兔|ems|sf)(快递|快遞|速运)?(的|发的|發的|寄的)?(吗|嗎|嘛|么|麼|吧|不|没)[？?]*$|(顺丰|順豐|顺风|中通|圆通|圓通|韵达|韻達|申通|邮政|郵政|京东|京東|极兔|極兔|ems|sf)(的)?(那个|那個|那单|那單|那件|那包)|是不是(顺丰|順豐|中通|圆通|圓通|韵达|韻達|申通|邮政|郵政|京东|京東|极兔|極兔|ems|sf)|(发|發|走|寄)的(是)?(顺丰|順豐|中通|圆通|圓通|韵达|韻達|申通|邮政|郵政|京东|京東|极兔|極兔|ems|sf).{0,4}还是|(发|發|走|寄|用)的(是)?(顺丰|順豐|顺风|中通|圆通|圓通|韵达|韻達|申通|邮政|郵政|京东|京東|极兔|極兔|ems|sf)(快递|快遞|速运)?(吗|嗎|嘛|么|麼|吧|不|没|对吧|是吧)[？?]*$")]
    private static partial Regex CourierOfOrder();

    // "顺丰那单到哪了", "中通的单号多少": where the parcel is or its number, which tracking answers.
    [GeneratedRegex("到哪|到了|到没|物流|单号|單號|几天|幾天|多久|什么时候|什麼時候|怎么还|怎麼還|没到|沒到|没收到|沒收到")]
    private static partial Regex WhereAbouts();

    // Asking to have a courier: 能/可以/指定/换/改/想要 one, paying the difference or on delivery.
    [GeneratedRegex("能|可以|可不可以|指定|换|換|改|想要|想用|要求|希望|给我发|帮我发|補差|补差|差价|加钱|到付|下单|下單|以后|以後")]
    private static partial Regex ChoosesCourier();

    // "你们一般发什么快递": the shop's habit, which the courier rules answer.
    [GeneratedRegex("你们|你們|一般|平时|平時|通常|常用|都发|都發|都用")]
    private static partial Regex ShopHabit();

    // "快点发货 发什么快递啊": a second need in the line is for the flows, which answer both; "寄回去用哪家快递" asks
    // the courier for sending goods back, which the return or exchange answers, never the order's own parcel.
    [GeneratedRegex("催|快点|快點|尽快|盡快|赶紧|趕緊|早点|退|取消|地址|发票|發票|寄回|寄還|寄还|发回|發回|寄给你们|寄給你們|寄过去|寄過去")]
    private static partial Regex OtherNeed();

    [GeneratedRegex("(快递员|快遞員|快递小哥|快遞小哥|派送员|派送員|送货员|送貨員|配送员|小哥|快递|快遞)(的)?(电话|電話|手机|手機|联系方式|聯繫方式|号码|號碼)")]
    private static partial Regex CourierPhone();
}
