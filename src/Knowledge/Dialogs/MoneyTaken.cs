using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Money the buyer says was taken where the orders show no payment to match: charged twice, paid with no order to show
/// for it, or deducted while the order still shows unpaid. Only the payment records can settle it, so a person checks
/// them; the bot never explains it away as a payment that was not made. An order the platform closed unpaid is the
/// exception the orders do settle: "我明明付了钱的 怎么交易关闭了" first hears that it was never paid, closed by itself,
/// charged nothing and cannot come back, and that a charge seen in 支付宝 is checked by a colleague; said again, it is.
/// </summary>
internal static partial class MoneyTaken
{
    public const string PersonReason = "payment_deducted";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (NoChargeFound(context) is { } closed)
        {
            context.State.ClearClarification();
            context.State.EndFlow();
            context.Say(NoneTaken, context.SlotsOf(closed));
            return true;
        }

        // "有券的话我就今天付了", "已经付了吗": a payment supposed or asked about is no charge to hand over.
        if (!context.Guard.Acts(Taken()) || NotTaken().IsMatch(compact))
        {
            return false;
        }

        if (Twice().IsMatch(compact))
        {
            Hand(context, "steer.money_twice", null);
            return true;
        }

        if (NoOrder().IsMatch(compact))
        {
            Hand(context, "steer.money_no_order", null);
            return true;
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var unpaid = orders.Where(o => o.PaidAt is null && o.Status is OrderStatus.AwaitingPayment or OrderStatus.Closed).ToList();
        // "支付宝里有扣款记录啊" right after the bot said the order in focus was never paid: the same contradiction.
        var focusUnpaid = context.State.LastOrderNumber is { } inFocus && unpaid.Any(o => o.OrderNumber == inFocus);
        if (!ShowsUnpaid().IsMatch(compact) && !focusUnpaid)
        {
            return false;
        }

        var named = OrderResolver.Named(context);
        var order = named.Count > 0 ? named.FirstOrDefault(unpaid.Contains)
            : context.State.LastOrderNumber is { } last && unpaid.FirstOrDefault(o => o.OrderNumber == last) is { } focus ? focus
            : unpaid.OrderByDescending(o => o.CreatedAt).FirstOrDefault();
        if (named.Count > 0 && order is null)
        {
            // The order named shows the payment: nothing here contradicts the buyer, the usual answers go on.
            return false;
        }

        if (order is { Status: OrderStatus.Closed, PaidAt: null } && !ClosingTold(context, order.OrderNumber))
        {
            context.State.ClearClarification();
            context.State.EndFlow();
            context.State.LastOrderNumber = order.OrderNumber;
            context.Say(ClosedUnpaid, context.SlotsOf(order));
            return true;
        }

        Hand(context, order is null ? "steer.money_no_order" : "steer.money_shows_unpaid", order);
        return true;
    }

    public const string ClosedUnpaid = "steer.money_closed_unpaid";

    private const string NoneTaken = "steer.money_none_closed";

    /// <summary>
    /// "看了下支付宝 好像没扣款" once the bot said the order in focus closed unpaid: the buyer found what the order shows,
    /// so it is confirmed, never a charge to check nor a payment question.
    /// </summary>
    private static Order? NoChargeFound(FlowContext context) =>
        NoCharge().IsMatch(context.Compact) && context.State.LastOrderNumber is { } focus && ClosingTold(context, focus)
        && context.Services.Orders.Find(context.Input.BuyerId, focus) is { Status: OrderStatus.Closed, PaidAt: null } order
            ? order
            : null;

    [GeneratedRegex("(?<!怎么|为什么|咋)(没|未)(有)?(被)?扣(款|钱|费)?|(钱|余额)(没|没有)(少|动|扣)")]
    private static partial Regex NoCharge();

    /// <summary>The closing of this unpaid order was told already, by whichever answer told it.</summary>
    public static bool ClosingTold(FlowContext context, string orderNumber) =>
        new[] { ClosedUnpaid, "track.closed_unpaid", "restore_order.order_again", "policy_topics.closed_unpaid" }.Concat(ToldBeside).Any(t => context.Told(t, orderNumber));

    /// <summary>
    /// Answers to another need that tell the closing on the way ("有个盘子有裂纹" about goods of an order never paid, "就是这单"
    /// naming one): "现在拍还是199吗" next asks about that order as after the closing itself was told.
    /// </summary>
    private static readonly string[] ToldBeside =
        ["quality_return.closed_unpaid", "quality_return.closed_unpaid_again", "listen_followups.detail_closed_unpaid"];

    /// <summary>The order the latest of those answers was about, or null.</summary>
    public static string? ClosingToldBeside(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.LastOrderToldOf(ToldBeside);
    }

    private static void Hand(FlowContext context, string templateId, Order? order)
    {
        context.State.ClearClarification();
        context.State.EndFlow();
        var slots = order is null ? null : new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.OrderState] = OrderSlots.StatusName(order),
        };
        if (order is not null)
        {
            context.State.LastOrderNumber = order.OrderNumber;
        }

        context.Say(templateId, slots);
        context.NeedPerson(PersonReason);
    }

    [GeneratedRegex("扣(了|款|钱|费|掉|走)|被扣|(付|交|支付)(了|过)(钱|款)?|付过款|付了款|付款(了|成功)|支付成功|已(经)?(付|支付)|钱(已经|都|也)?(付|扣|交|划走|转)了|钱没了|付了两|付两次|支付了两")]
    private static partial Regex Taken();

    /// <summary>
    /// Money coming back (not "不发货也不退钱", a complaint that it does not), a payment that failed, one forgotten or one still to make ("付了以后能一起发吗", "还没付款 付了能一起
    /// 发吗", "有优惠券的话我就今天付了"), or no charge found ("看了下支付宝 好像没扣款"): nothing was taken that the orders do not show.
    /// </summary>
    [GeneratedRegex("(?<!怎么|为什么|咋)(没|未)(有)?(被)?扣(款|钱|费)?|(?<![不没]|[不没]给)(退款|退钱|退回|退了)|失败|付不了|付不上|不成功|没成功|没付成|忘|我(还)?没(有)?付|(不|别)(想|打算|用|要|再)?(付|支付)|没来得及付|(付|支付)(了|完|好)(款)?(以后|之后|再|能|可以|的话)|(?<!显示|是|却|但|怎么|为什么|咋)还没(有)?(付|支付)(?!成功)|(的话|如果|要是)[^,，。.!！?？]{0,6}(今天|明天|马上|现在|立刻|这就)(就)?(付|支付)")]
    private static partial Regex NotTaken();

    /// <summary>Charged twice; "省得收两次" counts parcels received, not payments.</summary>
    [GeneratedRegex("(?<!收|送|寄|发|跑|签)(两次|两遍|2次|二次)|重复(扣|付|支付)|多扣|扣多|多付|付多|扣了双份|两笔")]
    private static partial Regex Twice();

    [GeneratedRegex("没(有)?(看到|找到|生成|显示)?(这个)?订单|订单(没有|没)(生成|显示|出来)|看不到订单|找不到订单|订单里(没有|没)|没下(单)?成功")]
    private static partial Regex NoOrder();

    [GeneratedRegex("(待|未|没|没有)付款|待支付|未支付|还(让我|要我|叫我)(付|支付)|(让我|要我)(再|重新)(付|支付)|(交易|订单)?(关闭|关了|取消了|没了|不见了)")]
    private static partial Regex ShowsUnpaid();
}
