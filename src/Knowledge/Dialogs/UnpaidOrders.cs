using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我忘付款了", "订单怎么没了 我还没付钱", "晚点再付 订单不会被关掉吧", "晚点再说 别给我关了就行": about an order the buyer never paid. One still waiting is paid in 待付款;
/// one the platform closed for non-payment is ordered again. A buyer who then says they did pay is checked by a person.
/// Never a payment-method answer (a credit-card fee line) to someone who forgot to pay.
/// </summary>
public static partial class UnpaidOrders
{
    /// <summary>Why a person is called: the buyer says money was taken for an order the export shows unpaid.</summary>
    public const string PaidClaim = "unpaid_order_paid_claim";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null)
        {
            return false;
        }

        var text = context.Compact;
        var told = context.State.LastOrderToldOf("track.closed_unpaid") ?? context.State.LastOrderToldOf("restore_order.order_again")
            ?? context.State.LastOrderToldOf("policy_topics.closed_unpaid") ?? context.State.LastOrderToldOf("restore_order.refunded")
            ?? context.State.LastOrderToldOf(MoneyTaken.ClosedUnpaid) ?? MoneyTaken.ClosingToldBeside(context.State);
        if (told is not null && SaysPaid().IsMatch(text) && context.Services.Orders.Find(context.Input.BuyerId, told) is { PaidAt: null } closed)
        {
            context.Say("orders.unpaid_paid_claim", context.SlotsOf(closed));
            context.State.LastOrderNumber = closed.OrderNumber;
            context.NeedPerson(PaidClaim);
            return true;
        }

        // "那还能付吗" after hearing of an unpaid order: how to pay it, or why a closed one cannot be paid any more.
        var unpaidTold = context.State.LastOrderToldOf("track.awaiting_payment") ?? context.State.LastOrderToldOf("hurry.awaiting_payment");
        if (CanPay().IsMatch(text) && (unpaidTold ?? told) is { } number && context.Services.Orders.Find(context.Input.BuyerId, number) is { PaidAt: null } asked)
        {
            context.Say(asked.Status == OrderStatus.AwaitingPayment ? "orders.unpaid_how_to_pay" : "orders.unpaid_closed_pay_again", context.SlotsOf(asked));
            context.State.LastOrderNumber = asked.OrderNumber;
            return true;
        }

        // "领券那里是空的啊", "那你给我发一张呗 就当老顾客了" after coupons were pointed to: an empty section means none now,
        // and service has no coupon or loyal-customer discount to hand out.
        if (told is not null && NoCouponThere().IsMatch(text)
            && context.Services.Orders.Find(context.Input.BuyerId, told) is { Status: OrderStatus.Closed } reordered)
        {
            context.Say("orders.unpaid_closed_no_coupon", context.SlotsOf(reordered));
            context.State.LastOrderNumber = reordered.OrderNumber;
            return true;
        }

        // "给我恢复回来 还按199" after the closing was explained: a closed order cannot come back, nor its price be kept;
        // "199还能买吗 有券没有" asks only the price: the day's page price, and where coupons are shown.
        var restore = RestoreAsked().IsMatch(text);
        if (told is not null && (restore || OldPriceAsked().IsMatch(text))
            && context.Services.Orders.Find(context.Input.BuyerId, told) is { Status: OrderStatus.Closed } gone && (gone.PaidAt is null || (!restore && RefundedInFull(gone))))
        {
            context.Say(restore ? "orders.unpaid_closed_no_restore" : "orders.unpaid_closed_price", context.SlotsOf(gone));
            context.State.LastOrderNumber = gone.OrderNumber;
            return true;
        }

        // "是不是你们没货了给我关的" after the closing was explained: neither the shop nor the stock closed it, only the payment time.
        if (told is not null && ShopOrStock().IsMatch(text)
            && context.Services.Orders.Find(context.Input.BuyerId, told) is { PaidAt: null, Status: OrderStatus.Closed } lapsed)
        {
            context.Say("orders.unpaid_closed_not_shop", context.SlotsOf(lapsed));
            context.State.LastOrderNumber = lapsed.OrderNumber;
            return true;
        }

        // "我没点取消啊" after the closing was explained: nobody cancelled it, the payment time ran out; "那我重新拍":
        // a new order is fine, paid in time and at the day's price; "我是想买的啊 没看到付款提醒": the wish heard, and
        // the same way to have it.
        var denies = NotCancelledByMe().IsMatch(text);
        var notPaidThen = !denies && NotPaidThen().IsMatch(text);
        var wanted = !denies && (notPaidThen || StillWanted().IsMatch(text));
        // "我重新拍一单 能跟羽绒服一起发吗": the new order shipped with another is the combine topic's, never only how to reorder.
        if (told is not null && (denies || wanted || OrdersAgain().IsMatch(text)) && !PolicyTopics.AddsItemToShip(text)
            && context.Services.Orders.Find(context.Input.BuyerId, told) is { Status: OrderStatus.Closed } timedOut
            && (timedOut.PaidAt is null || (!denies && !wanted && RefundedInFull(timedOut))))
        {
            var template = denies ? "orders.unpaid_closed_not_buyer"
                : notPaidThen ? "orders.unpaid_closed_not_paid_then"
                : wanted ? "orders.unpaid_closed_wanted" : "orders.unpaid_closed_reorder";
            context.Say(template, context.SlotsOf(timedOut));
            context.State.LastOrderNumber = timedOut.OrderNumber;
            return true;
        }

        // "没付款就关了 还能按原价买吗" asks about the price: the policies answer it.
        // "枕套那单咋被关了": why an order closed, asked about one never paid, is answered at once, never "restore it?".
        // "退款别给我关了" is about a refund, which RefundStanding answers.
        // "那我晚点再说吧 单子先放着不会没吧": an order left unpaid for later, worried to vanish, is one to keep open too.
        var keepOpen = (KeepOpen().IsMatch(text) || LeftForLater().IsMatch(text)) && !text.Contains('退', StringComparison.Ordinal);
        var whyClosed = !Forgot().IsMatch(text) && !keepOpen && WhyClosed().IsMatch(text);
        if (!(Forgot().IsMatch(text) || keepOpen || whyClosed) || AnotherQuestion().IsMatch(text))
        {
            return false;
        }

        var unpaid = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.PaidAt is null && o.Status is OrderStatus.AwaitingPayment or OrderStatus.Closed).ToList();
        var named = OrderResolver.Named(context).Where(o => unpaid.Contains(o)).ToList();
        // "订单怎么没了" looks for a closed one first, "忘付款了" for one still waiting.
        var worry = keepOpen || WillClose().IsMatch(text);
        var first = Gone().IsMatch(text) && !worry ? OrderStatus.Closed : OrderStatus.AwaitingPayment;
        var order = named.FirstOrDefault()
            ?? unpaid.Where(o => o.Status == first).OrderByDescending(o => o.CreatedAt).FirstOrDefault()
            ?? unpaid.OrderByDescending(o => o.CreatedAt).FirstOrDefault();
        // Asked of a closed order that was paid (or of none closed), the refund and restore answers know better.
        if (order is null || (whyClosed && (order.Status != OrderStatus.Closed || OrderResolver.Named(context).Any(o => !unpaid.Contains(o)))))
        {
            return false;
        }

        // "前阵子拍的 忘了付" right after the closing was explained: a short word on it, never the same paragraph again.
        var answer = order.Status != OrderStatus.AwaitingPayment
            ? (told == order.OrderNumber ? "orders.unpaid_closed_again" : whyClosed ? "policy_topics.closed_unpaid" : "track.closed_unpaid")
            : worry ? (Flows.DelayShipmentFlow.AsksToKeep(text) ? Flows.DelayShipmentFlow.UnpaidNotHeld : "orders.unpaid_will_close") : "track.awaiting_payment";
        context.Say(answer, context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    [GeneratedRegex("忘(记|了)?(了)?(付|付款|付钱|支付|交钱)|没来得及付|付款(时间|期限)?过了|超时(没|未)付|(没|未)付款(就|订单)?(被)?(关|取消|没了)|订单(怎么|咋|为什么|为啥)?(没了|不见了)|(没|未)(付|付款|付钱|支付).{0,6}(会不会|会|是不是|要)(给我|给)?(被)?(自动)?(取消|关闭|关掉|关)|(晚点|晚一点|晚些|晚一些|过几天|过两天|明天|后天|回头|稍后|待会|等会|一会|过会|晚上|下午|改天|等.{1,6})再?(付|付款|付钱|支付).{0,8}(会不会|会|是不是|要)(给我|给)?(被)?(你们|店家|商家|卖家|店里|系统)?(自动)?(取消|关闭|关掉|关)|(订单|这单|那单|单子|这笔|那笔)(还)?(不会|会不会|是不是|会|要|多久|什么时候|啥时候|几天)(会|就)?(给我|给)?被?(你们|店家|商家|卖家|店里|系统)?(自动)?(取消|关闭|关掉|关)(?![心注系])|(不会|会不会|是不是|别)(把|给)我?的?(订单|这单|那单|单子|这笔|那笔|它)(给)?(取消|关闭|关掉|关)|别(给我|帮我)(给)?(关闭|关掉|关)(了|掉)?")]
    private static partial Regex Forgot();

    [GeneratedRegex("没货|缺货|断货|库存|卖完|卖光|是你们(?:给我)?(?:关|取消)|你们(?:给我)?(?:关|取消)的|(?:商家|店家|店里|卖家)(?:给我)?(?:关|取消)的")]
    private static partial Regex ShopOrStock();

    [GeneratedRegex("(?:我|我又|我都|我也)(?:没|没有|并没有?|从来没)(?:点|按|操作|申请)?(?:过)?(?:取消|关|删)|不是我(?:点|按)?(?:的)?(?:取消|关)|谁(?:给我|帮我)?(?:取消|关)(?:的|了)")]
    private static partial Regex NotCancelledByMe();

    [GeneratedRegex("(?:重新|再)(?:拍|下单|下一单|下个单|买|下)(?:一[单个次下]|吧|了|好了|就是了)?$|(?:重新|再)(?:拍|下单|下一单|下个单)(?:吧|一[单个次下])")]
    private static partial Regex OrdersAgain();

    // "我想買的啊", "我是要的", "还想要呢", "没看到付款提醒", "不知道要付款".
    [GeneratedRegex("我?(?:是|本来|其实)?(?:想|要)(?:买|要)?的(?:啊|呀|呢|嘛|哎|$)|还(?:想|是)?要(?:的|呢|啊)|没(?:看到|收到|注意|留意)(?:到)?(?:付款|支付)?(?:的)?(?:提醒|通知|时间|期限)|不知道(?:要)?(?:付款|付钱|有时限|会关)")]
    private static partial Regex StillWanted();

    // "那几天手头紧没付", "当时在出差 没顾上付", "钱不够就没付": why it was not paid then.
    [GeneratedRegex("(?:手头紧|手头不宽裕|没钱|钱不够|工资没发|没发工资|出差|太忙|在忙|没顾上|没空|没来得及|那几天|那阵子|那会儿?|当时)[^，,。]{0,8}(?:没|没有|未|忘了?)(?:顾上|来得及|空)?(?:付|付款|付钱|支付)")]
    private static partial Regex NotPaidThen();

    [GeneratedRegex("恢复|还原|复原|重新打开|重开")]
    private static partial Regex RestoreAsked();

    // "199还能买吗", "还按199", "现在页面好像贵了", "有券没有": the old price or a cheaper way, asked of the closed order.
    /// <summary>
    /// Paid and refunded in full ("还是328吗", "那我重新拍" after hearing it cannot be restored): its price and a new order
    /// are answered as for one closed unpaid; why it closed is not.
    /// </summary>
    private static bool RefundedInFull(Order order) => order.Refund == RefundStatus.Succeeded;

    // "有券沒有", "券有没有" ask whether there are any; they say nothing of an empty section.
    [GeneratedRegex("(?<!有)(?:领券|券|領券)(?!有(?:没|沒))[^，,。]{0,6}(?<!有)(?:空|没有|沒有|啥都没|什么都没|没东西|没看到|没显示)|空的|空空|(?:发|给|送|發|給)(?:我|俺)?(?:一|1|个|張|张)?(?:张|張)(?:券)?|(?:发|给|送|發|給)(?:我)?(?:个|点|些)?(?:券|优惠券|優惠券)|老顾客|老客户|老顧客|老客戶")]
    private static partial Regex NoCouponThere();

    [GeneratedRegex("按原价|原来的价|还按|按[0-9]{2,5}|还是[0-9]{2,5}(?:块|元)?(?:吗|嘛|么|不|吧|$)|[0-9]{2,5}(?:块|元)?(?:还能|还可以|能)(?:买|拍)|贵了|涨价|券|优惠")]
    private static partial Regex OldPriceAsked();

    /// <summary>
    /// "先别给我把订单关了哈", "不要给我关了", "訂單別關": the buyer asks the shop to keep an unpaid order open; the shop
    /// closes none, the platform does once the payment time runs out, so she hears that and how to keep it.
    /// </summary>
    [GeneratedRegex("(?:别|不要|先别|千万别|可别|不用)(?:给我|帮我|给)?(?:把)?(?:我的|我)?(?:订单|这单|那单|单子|这笔|那笔|它)?(?:给)?(?:关闭|关掉|关)(?![心注系])")]
    private static partial Regex KeepOpen();

    /// <summary>"单子先放着不会没吧", "訂單擱著會不會不見": an unpaid order left for later, worried to vanish meanwhile.</summary>
    [GeneratedRegex("(?:放着|搁着|放著|擱著|先放|不付|晚点付|晚点再说)[^，,。]{0,8}(?:不会|会不会|会|不得)(?:没|消失|不见|被删|作废)|(?:单子|订单|这单|那单)(?:还)?(?:不会|会不会)(?:没|消失|不见|作废)")]
    private static partial Regex LeftForLater();

    /// <summary>"没付款 会不会被取消": a worry about an order still waiting, not one already gone.</summary>
    [GeneratedRegex("(会不会|会|是不是|要|多久|什么时候|啥时候|几天)(给我|给)?(被)?(你们|店家|商家|系统)?(自动)?(取消|关闭|关掉|关)|(会|是不是|别)(把|给)[^，,。]{0,6}(取消|关闭|关掉|关)")]
    private static partial Regex WillClose();

    [GeneratedRegex("还能付|能付(款|钱)?(吗|嘛|么)|能不能付|可以付|怎么付|在哪(里|儿)?付|补付|补款|现在付|去付")]
    private static partial Regex CanPay();

    [GeneratedRegex("(怎么|咋|为什么|为啥|干嘛|凭什么)(就|给我|给)?(被)?(关|关闭|关掉|取消|自动关闭|自动取消)(了|掉)?|谁(给我|帮我)?(关|关闭|关掉|取消)(的|了)|没(让|叫)(你们|你)?(关|取消)")]
    private static partial Regex WhyClosed();

    [GeneratedRegex("价|优惠|券|便宜|运费|发票|地址")]
    private static partial Regex AnotherQuestion();

    [GeneratedRegex("没了|不见了|关了|关闭|取消")]
    private static partial Regex Gone();

    [GeneratedRegex("(我|明明)?(已经|早就|都)?(付|交|扣)(了|过)(钱|款)|付过(?![吗嘛么没])|(是|明明|已经|早就)付了|付了的|付过款|付了款|付了钱|钱(已经|都)?(付|扣)了|扣了钱|扣款了|支付宝(扣|付)了")]
    private static partial Regex SaysPaid();
}
