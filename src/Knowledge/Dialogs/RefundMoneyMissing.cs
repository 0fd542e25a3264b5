using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "退款成功了钱没到", "退了两周了还没收到": answered from the order's refund state and the way the buyer paid (how long
/// each channel usually takes, from the shop's refund policy). A refund paid back longer ago than the slowest channel
/// takes goes to a person with that reason; never a payment or quality menu.
/// </summary>
internal static partial class RefundMoneyMissing
{
    /// <summary>A debit card refund shows within the policy's 1 to 7 working days: about ten calendar days.</summary>
    public const int UsualDays = 10;

    /// <summary>The longest a credit card refund usually takes (the policy's 15 working days, in calendar days).</summary>
    public const int CreditCardDays = 21;

    /// <summary>Balance and Huabei refunds show within a day or so; past this the buyer is not left waiting.</summary>
    public const int BalanceDays = 3;

    public const string PersonReason = "refund_not_arrived";

    /// <summary>The refund told as paid back: said once in a conversation.</summary>
    public const string PaidBack = "needs.refund_paid_back";

    /// <summary>Every way the bot says a refund was paid back: one of them said for the order is enough for the conversation.</summary>
    private static readonly string[] PaidBackSaid = [PaidBack, "asides.refund_succeeded", "refund_unshipped.progress_paid"];

    public static bool ToldPaidBack(FlowContext context, string orderNumber) => PaidBackSaid.Any(k => context.Told(k, orderNumber));

    public static bool IsAsked(string compact) => Missing().IsMatch(compact) && !Goods().IsMatch(compact);

    public static bool TryAnswer(FlowContext context)
    {
        var compact = context.Compact;
        var days = LessCommonNeeds.DaysSaid(context.Normalized);
        var followUp = !IsAsked(compact) && context.State.ActiveFlow is null && days is not null && StillNot().IsMatch(compact)
            && context.Told(PaidBack, context.State.LastOrderNumber);
        if (!IsAsked(compact) && !followUp)
        {
            return false;
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var order = followUp
            ? orders.FirstOrDefault(o => o.OrderNumber == context.State.LastOrderNumber)
            : LessCommonNeeds.Pick(context, o => o.Refund is RefundStatus.Succeeded or RefundStatus.InProgress);
        if (order is null || order.Refund is not (RefundStatus.Succeeded or RefundStatus.InProgress))
        {
            // No refund the bot can see: the existing refund-timing answer says so for the order named.
            return false;
        }

        context.State.LastOrderNumber = order.OrderNumber;
        context.State.LastFlow = Intents.IntentIds.RefundUnshipped;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order));
        if (order.Refund == RefundStatus.InProgress)
        {
            RefundTiming.Tell(context, order.OrderNumber);
            return true;
        }

        var known = KnownWindow(context);
        var window = known ?? UsualDays;
        if (days is { } waited)
        {
            slots[TemplateSlots.Length] = waited.ToString(CultureInfo.InvariantCulture);
        }

        if (days > window)
        {
            context.Say("needs.refund_overdue", slots);
            context.NeedPerson(PersonReason);
            return true;
        }

        // Days said that are still within the card's usual time: said so, no person called, the limit repeated once.
        if (ToldPaidBack(context, order.OrderNumber) && TellWithin(context, days, known, slots))
        {
            return true;
        }

        if (!ToldPaidBack(context, order.OrderNumber))
        {
            context.Say(PaidBack, slots);
        }

        // "我用的招商信用卡付的 账单上没看到退回来": the card's own days, never every way's.
        context.Say(RefundTiming.AsksWhichWay(compact) ? "asides.refund_which_way"
            : RefundTiming.Listed(context.State) || CreditCard().IsMatch(compact) ? RefundTiming.AgainTemplate(context.State, compact)
            : "needs.refund_channels");
        return true;
    }

    [GeneratedRegex("(钱|款|退款|退的)[^,.;!?。！？；]{0,8}(没到|没收到|还没到|没看到|没退回|没回来|没有到|没有收到|未到|不到账|没到账|没进|没显示)|退款成功[^,.;!?。！？；]{0,8}(没|没有|还没)|退了[^,.;!?。！？；]{0,8}(还没|没|没有)(收到|到|看到|回来)|(没|没有|还没)(收到|看到|到)(退款|退的钱|钱)|退款.{0,4}(不见了|去哪了|哪去了)|退款成功了?[吗嘛么]?[^,.;!?。！？；]{0,4}钱(呢|去哪|在哪|哪去)|(没|没有|还没)(看到|见到|看见)?退回来")]
    private static partial Regex Missing();

    [GeneratedRegex("(?<!退)货|包裹|快递|东西|商品|发票")]
    private static partial Regex Goods();

    [GeneratedRegex("还没|还是没|都|已经|没到|没收到|没有")]
    private static partial Regex StillNot();

    [GeneratedRegex("信用卡|银行卡|储蓄卡|借记卡|卡里|卡上")]
    private static partial Regex Card();

    [GeneratedRegex("信用卡")]
    private static partial Regex CreditCard();
}
