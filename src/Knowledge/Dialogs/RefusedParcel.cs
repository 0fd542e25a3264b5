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
        // "还在路上 能拦吗" while a return or a defect is talked through: the parcel has not arrived, so it is refused or
        // stopped, never photographed or sent back.
        var leaving = LeavesReturnFlow(context);
        if ((context.State.ActiveFlow is not null && !leaving) || QualityProblems.NamesAProblem(context.Normalized))
        {
            return false;
        }

        if (await TryPostageAsync(context, queued: false, cancellationToken).ConfigureAwait(false)
            || await TryRefundingAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        // "或者你们能拦截吗" about the parcel whose refusal was just talked through: the courier is asked, by a person.
        if (PolicyTopics.AsksIntercept(compact))
        {
            if ((RefusalTalkedOf(context) ?? (leaving ? Meant(context) : null)) is not { } talked)
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

        // "要不我直接拒收 你们重新发两件过来": a refused parcel goes back whole and is refunded whole; more pieces need a new order.
        if (Refuses().IsMatch(compact) && SentAgain().IsMatch(compact) && Meant(context) is { } resent)
        {
            Close(context, resent, "refund_unshipped.refuse_then_order_again");
            return true;
        }

        // "能拒收吗" asks the rule (PolicyTopics answers it); "拒收以后还给我发吗" after a damaged parcel is a reshipment.
        if (Refuses().IsMatch(compact) && (leaving || (!context.Facts.Cues.IsQuestion && !context.Facts.Cues.HasCondition)) && !SentAgain().IsMatch(compact))
        {
            // "那钱是拒收了就退还是要等你们收到" about a parcel whose refund is already under way: that parcel's money.
            if (Meant(context) is not { } order)
            {
                return FollowsUp(context);
            }

            await RecordAsync(context, order, cancellationToken).ConfigureAwait(false);
            Close(context, order, Told);
            return true;
        }

        return FollowsUp(context);
    }

    /// <summary>
    /// "拒收的话运费扣我的吗", "运费要我出吗" about a parcel being refused or stopped: nothing to send back or pay at the
    /// door, and no deduction claimed that the refusal policy does not state, also while a person is asked to stop it
    /// (then nothing is recorded).
    /// </summary>
    public static async Task<bool> TryPostageAsync(FlowContext context, bool queued, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (!Postage().IsMatch(compact) || QualityProblems.NamesAProblem(context.Normalized)
            || !(Refuses().IsMatch(compact) || PolicyTopics.AsksIntercept(compact) || RefusalTalkedOf(context) is not null)
            || (RefusalTalkedOf(context) ?? Meant(context) ?? Refunding(context)) is not { } refused)
        {
            return false;
        }

        // A refund applied for on the order page already covers the refused parcel: nothing new to record.
        if (!queued && !refused.HasRefundUnderWay && Refuses().IsMatch(compact) && !context.Facts.Cues.HasCondition)
        {
            await RecordAsync(context, refused, cancellationToken).ConfigureAwait(false);
        }

        Close(context, refused, "refund_unshipped.refuse_parcel_postage");
        return true;
    }

    /// <summary>
    /// "拦不住的话到了我拒收 这样行吧" while a person is asked to stop the parcel or its refusal was talked through: yes,
    /// refusing it works and the refund follows its return, said in a line with the colleague still on it, never the
    /// whole rule on refusing again nor only "passed on". Nothing is recorded.
    /// </summary>
    public static bool TryFallbackWhileQueued(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Refuses().IsMatch(context.Compact) || QualityProblems.NamesAProblem(context.Normalized) || SentAgain().IsMatch(context.Compact)
            || RefusalTalkedOf(context) is not { } order)
        {
            return false;
        }

        // "拒收的话钱多久退回来": when the money comes back is asked, so the days by the way paid are told with it.
        Close(context, order, RefundTiming.IsAsked(context.Normalized) ? "refund_unshipped.refuse_timing_while_queued" : "refund_unshipped.refuse_fallback_while_queued");
        return true;
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

    /// <summary>
    /// The parcel in focus whose refusal (or stopping) this chat talked through, still on its way: never once the buyer
    /// said the goods reached them.
    /// </summary>
    private static Order? RefusalTalkedOf(FlowContext context) =>
        context.State.LastOrderNumber is { } last && Talked(context, last) && !context.State.GoodsInHand
        && context.Services.Orders.Find(context.Input.BuyerId, last) is { Status: OrderStatus.Shipped } order ? order : null;

    /// <summary>Refusing or stopping the parcel of <paramref name="orderNumber"/> was told in this chat, by any answer that tells it.</summary>
    private static bool Talked(FlowContext context, string orderNumber) =>
        TalkedTemplates.Any(t => context.Told(t, orderNumber));

    private static readonly string[] TalkedTemplates =
        [Told, "policy_topics.intercept_requested", "refund_unshipped.shipped_refund_only", "refund_unshipped.already_shipped", "refund_unshipped.refuse_parcel_postage",
            RefuseRefunding, RefuseRefundingAgain, RefusedRefunding, RefusedNoRefund, UnwantedRefunding];

    /// <summary>The ways back of a parcel not wanted whose refund is applied for (<see cref="Flows.RefundUnshippedFlow"/>).</summary>
    public const string UnwantedRefunding = "refund_unshipped.unwanted_refunding";

    /// <summary>
    /// "直接拒收行不行", "还在路上 能拦吗" while a defect or a return of the parcel is talked through, nothing recorded for it
    /// yet: the parcel has not arrived, so the return flow is left for refusing it.
    /// </summary>
    private static bool LeavesReturnFlow(FlowContext context) =>
        context.State.ActiveFlow is Intents.IntentIds.QualityReturn or Intents.IntentIds.NoReasonReturn
        && (Refuses().IsMatch(context.Compact) || PolicyTopics.AsksIntercept(context.Compact))
        && QualityReturnFlow.RecordedHere(context.State) is null && Meant(context) is not null;

    [GeneratedRegex("运费|邮费|快递费")]
    private static partial Regex Postage();

    /// <summary>One refund record per order: the reason said, else "不想要了".</summary>
    private static async Task RecordAsync(FlowContext context, Order order, CancellationToken cancellationToken, string? earlierReason = null, bool refusedAlready = false)
    {
        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.RefundRequest).ConfigureAwait(false) is not null)
        {
            return;
        }

        var reason = RefundReasons.Label(RefundReasons.Of(context.Facts.Reason) ?? RefundReasons.Of(earlierReason) ?? RefundReasons.ChangedMind);
        await context.Actions.RequestRefundAsync(context.Turn, order.OrderNumber, refusedAlready ? $"{reason}（买家已拒收包裹，退回仓库后退款）" : $"{reason}（买家会拒收在途包裹，退回仓库后退款）", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"买重了", "钱咋退" right after the refusal was talked through, naming no other order.</summary>
    private static bool FollowsUp(FlowContext context)
    {
        // "那钱是拒收了就退还是要等你们收到" right after the rule on refusing was told, or about the parcel in focus whose
        // refund is under way: that parcel's money.
        if (context.State.LastOrderNumber is not { } last
            || !(Talked(context, last) || context.State.AnsweredPolicies.Contains(PolicyTopics.RefuseDelivery, StringComparer.Ordinal)
                || (Refuses().IsMatch(context.Compact) && context.Services.Orders.Find(context.Input.BuyerId, last) is { Status: OrderStatus.Shipped, HasRefundUnderWay: true }))
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

        // "那就不用我寄回去了吧 我懒得跑快递点": a refused parcel goes back by itself; the short form, nothing recorded anew.
        if (SendBack().IsMatch(context.Compact) && order.Status == OrderStatus.Shipped)
        {
            Close(context, order, RefuseRefundingAgain);
            return true;
        }

        // "买错尺码了 要L的": refusing and ordering again, or an exchange to that size, offered both.
        if (WantedSize().Match(context.Compact) is { Success: true } size)
        {
            Close(context, order, "refund_unshipped.refuse_parcel_exchange", size.Groups["s"].Value.ToUpperInvariant());
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

    private static void Close(FlowContext context, Order order, string templateId, string? change = null)
    {
        context.State.ClearClarification();
        context.State.EndFlow();
        context.State.LastOrderNumber = order.OrderNumber;
        context.State.LastFlow = Intents.IntentIds.RefundUnshipped;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
        if (change is not null)
        {
            slots[Templates.TemplateSlots.Change] = change;
        }

        context.Say(templateId, slots);
    }

    // "要L的", "换成XL", "想要M码": the size the buyer meant to order.
    [GeneratedRegex("(?:要|换成?|换个|想要|应该是)(?<s>xxxl|xxl|xl|xs|[2-4]xl|s|m|l)(?:码|号)?(?:的|吧|了)?(?![a-z])")]
    private static partial Regex WantedSize();

    // "快递送来我是不是直接不要就行": turning the courier away at the door, said without the word 拒收.
    [GeneratedRegex("(?<![不别没未])(拒收|拒签|拒绝签收)|(送来|送到|送过来|派送|到了|来了)[^,，。]{0,5}直接(不要|不收|不签)")]
    private static partial Regex Refuses();

    [GeneratedRegex("重新发|重发|再发|补发|换一个|换个新")]
    private static partial Regex SentAgain();

    /// <summary>"不用我寄回去了吧", "还要自己寄回嘛", "要我跑快递点退吗": whether the buyer mails the parcel back herself.</summary>
    [GeneratedRegex("(寄|退|送|邮)回(去|来|给你们)?|自己寄|寄过去|(跑|去)(一趟)?(快递点|驿站|网点|快递站)")]
    private static partial Regex SendBack();

    [GeneratedRegex("钱(咋|怎么|怎样|如何)?退|钱[^,，。;；]{0,6}退|(拒收|拒签)(了|以后|之后)?就退|等(你们|仓库)?(收到|签收)|(咋|怎么|怎样|如何)退(钱|款)|退款(咋|怎么|怎样|如何)|钱(什么时候|啥时候|多久)|到账")]
    private static partial Regex Money();
}
