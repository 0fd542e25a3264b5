using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Orders to be shipped together, said in the buyer's words. "先别把餐具发了 等我袜子付了一起发", or "你们别先把四件套发了"
/// after hearing the unpaid order can join once paid: the paid order waits for the other one, so a combined shipment
/// is recorded on it (never a hold with a date, never the usual promise to ship within 72 hours). "餐具不是还没发嘛",
/// "四件套还没发吧": the state of the order named, from the export.
/// </summary>
internal static partial class CombineHold
{
    public const string Held = "policy_topics.combine_held";

    /// <summary>The same hold on an order already past the shipping promise: the delay is owned before the wait is noted.</summary>
    private const string HeldOverdue = Held + "_overdue";
    private const string StateWaiting = "policy_topics.state_waiting";

    /// <summary>Longest lead-in before "还没发吧" that can only name the order ("那个四件套", "袜子那单").</summary>
    private const int OrderNameLength = 10;

    /// <summary>"先别把餐具发了 等我袜子付了一起发" names two orders but asks one thing: the two ship together.</summary>
    public static bool IsOneNeed(string text)
    {
        var compact = CompactText.Of(text);
        return HoldBack().IsMatch(compact) && Together().IsMatch(compact) && !GivesUp().IsMatch(compact);
    }

    /// <summary>"不要了", "退款", "取消": the buyer gives an order up, so no wish to ship it with another.</summary>
    public static bool GivesUpOrder(string compact) => GivesUp().IsMatch(compact);

    public static async Task<bool> TryRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var compact = context.Compact;
        if (state.ActiveFlow is not null || !HoldBack().IsMatch(compact) || GivesUp().IsMatch(compact))
        {
            return false;
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        // "27号之前千万别寄" with no "一起": the day already noted on an order, said again.
        if (!Together().IsMatch(compact) && await Flows.DelayShipmentFlow.ConfirmsHeldAsync(context, orders, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var named = OrderResolver.Named(context);
        var toldUnpaid = state.LastOrderToldOf(PolicyTopics.CombineUnpaid) is { } number ? orders.FirstOrDefault(o => o.OrderNumber == number) : null;
        var partner = named.FirstOrDefault(o => o.Status == OrderStatus.AwaitingPayment) ?? toldUnpaid;
        // Without "一起发" the wish to ship later is the delay flow's, unless the buyer was just told an unpaid order can join
        // or names one beside it ("餐具能等我一下吗 我还拍了袜子没付款").
        if (!Together().IsMatch(compact) && toldUnpaid is null && !(partner is not null && NotPaidYet().IsMatch(compact)))
        {
            return false;
        }

        var anchor = named.FirstOrDefault(PolicyTopics.Combinable)
            ?? (partner is not null ? PolicyTopics.CombineAnchor(orders, partner) : null)
            ?? (orders.Count(PolicyTopics.Combinable) == 1 ? orders.First(PolicyTopics.Combinable) : null);
        if (anchor is null)
        {
            return false;
        }

        var description = partner is not null
            ? $"先别单独发：等订单{partner.OrderNumber}（{partner.Title}）付款后合在一个包裹发出，打包前请核对那单已付款、收货地址相同"
            : "先别单独发：等买家另拍的一单付款后合在一个包裹发出，新单还没同步到订单里，打包前请核对已付款、收货地址相同";
        // "27号之前千万别寄": a day named beside the wait is held too, so paying the other order does not send it sooner.
        var dated = await Flows.DelayShipmentFlow.NoteBesideAsync(context, anchor, cancellationToken).ConfigureAwait(false);
        if (dated && (context.State.Told(Held, anchor.OrderNumber) || context.State.Told(HeldOverdue, anchor.OrderNumber)))
        {
            state.LastOrderNumber = anchor.OrderNumber;
            return true;
        }

        await context.Actions.RecordCombineShipmentAsync(context.Turn, anchor.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        context.Say(context.Services.Orders.Facts(anchor).IsPastShippingPromise ? HeldOverdue : Held, context.SlotsOf(anchor));
        state.LastOrderNumber = anchor.OrderNumber;
        return true;
    }

    /// <summary>
    /// "我现在就去付", "付好了 记得合一起发" after an order was held to ship with an unpaid one: the combined shipment
    /// stands and both orders are named, never a question what the payment line is about nor only the unpaid state.
    /// </summary>
    public static bool TryAcknowledgePayment(FlowContext context)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderToldOf(Held) is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } anchor)
        {
            return false;
        }

        var paying = GoingToPay().IsMatch(context.Compact);
        if (!paying && !PaidNow().IsMatch(context.Compact))
        {
            return false;
        }

        var partner = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.Status == OrderStatus.AwaitingPayment).MaxBy(o => o.CreatedAt);
        var slots = new Dictionary<string, string?>(context.SlotsOf(anchor), StringComparer.Ordinal)
        {
            [TemplateSlots.OrderList] = partner is null ? anchor.Title : $"{anchor.Title}和{partner.Title}",
        };
        context.Say(
            paying ? "policy_topics.combine_paying" : partner is null ? "policy_topics.combine_paid_seen" : "policy_topics.combine_paid_not_seen",
            slots);
        state.LastOrderNumber = anchor.OrderNumber;
        return true;
    }

    /// <summary>"餐具不是还没发嘛": the named order's own state, waiting or on its way; other states are left to their flows.</summary>
    public static bool TryTellState(FlowContext context)
    {
        // What comes before the question only names the order ("餐具", "袜子那单"): "能改成130的吗 还没发吧" asks for a change.
        // "还没发货吧" alone right after an order was talked about asks about that order.
        var asked = NotShippedYet().Match(context.Compact);
        if (context.State.ActiveFlow is not null || !asked.Success || asked.Index > OrderNameLength
            || AsksSomething().IsMatch(context.Compact[..asked.Index]))
        {
            return false;
        }

        var order = OrderResolver.Named(context) is [var named] ? named
            : asked.Index == 0 && context.State.LastOrderNumber is { } last ? context.Services.Orders.Find(context.Input.BuyerId, last)
            : null;
        if (order is null)
        {
            return false;
        }

        var situation = order switch
        {
            { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false } => StateWaiting,
            { Status: OrderStatus.Shipped, TrackingNumber: not null } => "policy_topics.state_shipped",
            _ => null,
        };
        if (situation is null)
        {
            return false;
        }

        // Asked while an unpaid order waits to join it, the state is all: how the two go together was said just before
        // and is never said twice.
        context.Say(situation, context.SlotsOf(order));

        // Asked right after a change was recorded on it: the change is on the order and waits for the warehouse.
        if (situation == StateWaiting && context.State.LastOrderToldOf("order_change.recorded") == order.OrderNumber)
        {
            context.Say("policy_topics.state_change_noted", context.SlotsOf(order));
        }

        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    [GeneratedRegex("(别|不要|先别|先不要|暂时别|暂时不要|不急着|先不用|先不)(先)?(把.{0,10})?(发|寄)|先(压|留|扣)着|等.{0,12}(一起|一块|一齐|一同)(发|寄)|(能|可以|可不可以|麻烦)?等(等)?我(一下|一会儿?|下|两天|几天)")]
    private static partial Regex HoldBack();

    [GeneratedRegex("没付|未付|还没付|没给钱|待付款|没结账")]
    private static partial Regex NotPaidYet();

    [GeneratedRegex("(现在|马上|这就|立刻|等会儿?|待会儿?|一会儿?|等下|晚点)(就)?(去)?(付|付款|付钱|支付)|去(付|付款|付钱|支付)(了|啦|哈|吧)?$")]
    private static partial Regex GoingToPay();

    [GeneratedRegex("(付|付款|付钱|支付)(好|完|过)了|(付|付款|支付)(好|完)(啦|喽|咯)?$|刚(刚)?(付|支付)|(已|已经)(付|支付)|(?<!没|未)付了|付款成功")]
    private static partial Regex PaidNow();

    [GeneratedRegex("能|可以|可不可以|帮|要|改|换|退|吗|么")]
    private static partial Regex AsksSomething();

    [GeneratedRegex("一起|一块|一齐|一同|合并|合在")]
    private static partial Regex Together();

    [GeneratedRegex("不要了|不想要|退款|退了|取消|退货")]
    private static partial Regex GivesUp();

    // Only as the whole point of the line: "还没发吧 地址帮我改成…" asks for the change, which its flow answers with the state.
    [GeneratedRegex("(不是还没(发|寄)(货|出|出去)?(吗|嘛|吧|呢)?|还没(发|寄)(货|出|出去)?(的)?(对|是)?吧|还没(发|寄)(货|出|出去)?(的)?(对不对|是不是))[啊呀哈]?[?？!！。.~～]*$")]
    private static partial Regex NotShippedYet();
}
