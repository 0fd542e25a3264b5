using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "保温杯拒收", "买重了 到了我直接拒签": a parcel on its way that the buyer will refuse at the door because they no
/// longer want it. Refusing sends it back by itself and the refund follows once the warehouse has it (refuse-delivery),
/// so that is said and a refund is recorded for the shop, once per order — never a quality menu or a request for
/// photos. Right after, the reason ("买重了") or "钱咋退" is answered on that parcel, and "能拦截吗" asks a person to
/// have the courier stop that parcel. A parcel named right after the rule on refusing ("中通那单 77312…") is the one
/// the buyer will refuse. A damaged parcel ("压坏了 拒收"), a parcel to be stopped with nothing talked through before
/// and the question whether one may refuse ("能拒收吗") have answers of their own.
/// </summary>
internal static partial class RefusedParcel
{
    private const string Told = "refund_unshipped.refuse_parcel";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (context.State.ActiveFlow is not null || QualityProblems.NamesAProblem(context.Normalized))
        {
            return false;
        }

        // "或者你们能拦截吗" about the parcel whose refusal was just talked through: the courier is asked, by a person.
        if (PolicyTopics.AsksIntercept(compact))
        {
            if (RefusalTalkedOf(context) is not { } talked)
            {
                return false;
            }

            context.State.ClearClarification();
            context.State.EndFlow();
            await PolicyTopics.InterceptAsync(context, talked, cancellationToken).ConfigureAwait(false);
            return true;
        }

        // "中通那单 77312…" right after the rule on refusing: the parcel the buyer will refuse, now named.
        if (RuleJustGiven(context) && OrderResolver.Named(context) is [{ Status: OrderStatus.Shipped, HasRefundUnderWay: false } named])
        {
            // The reason was said with the question ("在别家买重了 能直接拒收吗"), before the parcel was named.
            await RecordAsync(context, named, cancellationToken, Entities.ReasonCategories.Detect(CompactText.Of(context.State.LastQuestion!))).ConfigureAwait(false);
            Close(context, named, Told);
            return true;
        }

        // "能拒收吗" asks the rule (PolicyTopics answers it); "拒收以后还给我发吗" after a damaged parcel is a reshipment.
        if (Refuses().IsMatch(compact) && !context.Facts.Cues.IsQuestion && !context.Facts.Cues.HasCondition && !SentAgain().IsMatch(compact))
        {
            if (Meant(context) is not { } order)
            {
                return false;
            }

            await RecordAsync(context, order, cancellationToken).ConfigureAwait(false);
            Close(context, order, Told);
            return true;
        }

        return FollowsUp(context);
    }

    /// <summary>The shipped order named, else the shipped order in focus, else the buyer's only shipped order.</summary>
    private static Order? Meant(FlowContext context)
    {
        static bool OnTheWay(Order o) => o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay;
        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.FirstOrDefault(OnTheWay);
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        if (context.State.LastOrderNumber is { } last && orders.FirstOrDefault(o => o.OrderNumber == last) is { } focus)
        {
            return OnTheWay(focus) ? focus : null;
        }

        var fitting = orders.Where(OnTheWay).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>The rule on refusing a parcel was the last answer, and the message only names a parcel, asking nothing new.</summary>
    private static bool RuleJustGiven(FlowContext context) =>
        context.State.AnsweredPolicies is [.., PolicyTopics.RefuseDelivery] && context.State.LastQuestion is not null
        && !context.Facts.Cues.IsQuestion && context.Compact.Length <= NamingLength;

    /// <summary>"中通那单 77312088145290", "YT7510… 这个": a parcel named, not a new need told at length.</summary>
    private const int NamingLength = 30;

    /// <summary>The parcel in focus whose refusal this chat talked through, still on its way.</summary>
    private static Order? RefusalTalkedOf(FlowContext context) =>
        context.State.LastOrderNumber is { } last && context.Told(Told, last)
        && context.Services.Orders.Find(context.Input.BuyerId, last) is { Status: OrderStatus.Shipped } order ? order : null;

    /// <summary>One refund record per order: the reason said, else "不想要了".</summary>
    private static async Task RecordAsync(FlowContext context, Order order, CancellationToken cancellationToken, string? earlierReason = null)
    {
        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.RefundRequest).ConfigureAwait(false) is not null)
        {
            return;
        }

        var reason = RefundReasons.Label(RefundReasons.Of(context.Facts.Reason) ?? RefundReasons.Of(earlierReason) ?? RefundReasons.ChangedMind);
        await context.Actions.RequestRefundAsync(context.Turn, order.OrderNumber, $"{reason}（买家会拒收在途包裹，退回仓库后退款）", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"买重了", "钱咋退" right after the refusal was talked through, naming no other order.</summary>
    private static bool FollowsUp(FlowContext context)
    {
        if (context.State.LastOrderNumber is not { } last || !context.Told(Told, last)
            || context.Facts.MatchedOrderNumbers.Any(n => n != last) || OrderResolver.Named(context).Any(o => o.OrderNumber != last)
            || context.Services.Orders.Find(context.Input.BuyerId, last) is not { } order)
        {
            return false;
        }

        if (RefundProgress.IsAsked(context.Normalized) || Money().IsMatch(context.Compact))
        {
            Close(context, order, "refund_unshipped.refuse_parcel_money");
            return true;
        }

        if (RefundReasons.Of(context.Facts.Reason) is not null && context.Compact.Length <= ShortReason)
        {
            Close(context, order, "refund_unshipped.refuse_parcel_reason");
            return true;
        }

        return false;
    }

    /// <summary>"买重了", "不想要了 家里有": a reason alone, not a new need told at length.</summary>
    private const int ShortReason = 12;

    private static void Close(FlowContext context, Order order, string templateId)
    {
        context.State.ClearClarification();
        context.State.EndFlow();
        context.State.LastOrderNumber = order.OrderNumber;
        context.State.LastFlow = Intents.IntentIds.RefundUnshipped;
        context.Say(templateId, context.SlotsOf(order));
    }

    [GeneratedRegex("(?<![不别没未])(拒收|拒签|拒绝签收)")]
    private static partial Regex Refuses();

    [GeneratedRegex("重新发|重发|再发|补发|换一个|换个新")]
    private static partial Regex SentAgain();

    [GeneratedRegex("钱(咋|怎么|怎样|如何)?退|(咋|怎么|怎样|如何)退(钱|款)|退款(咋|怎么|怎样|如何)|钱(什么时候|啥时候|多久)|到账")]
    private static partial Regex Money();
}
