using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A refund the buyer already has, and is not content with: one still waiting for the shop that the buyer says takes
/// too long ("退款申请了好几天了 怎么还没处理", or "都十多天了" right after hearing it is under way), or one the shop closed
/// that the buyer disputes ("退款怎么给我关了", "退款被拒了 凭什么"). Both stay on that order and go to a person with the
/// reason; the bot never offers another order, starts a new refund or explains the closing away.
/// </summary>
internal static partial class RefundStanding
{
    public const string OverdueReason = "refund_overdue";

    public const string DisputeReason = "refund_dispute";

    /// <summary>What the bot says about a refund's standing; a follow-up right after one of these is about that refund.</summary>
    private static readonly string[] ToldAbout =
    [
        "refund_unshipped.progress_in_progress", "refund_unshipped.progress_in_progress_shipped", "refund_unshipped.progress_closed", "refund_unshipped.already_refunding", "refund_unshipped.already_requested",
        "asides.refund_in_progress", "track.refund_in_progress",
        "refund_unshipped.progress_paid", "asides.refund_succeeded", "needs.refund_paid_back",
        PendingUnshipped, PendingShipped,
    ];

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await RefundNotAsked.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var compact = context.Compact;
        // "我要退款 好几天了还没发货" asks for a new refund about shipping: it is no word on a refund the buyer has.
        // "台灯申请退款了 麻烦快点同意 还没发货的": a request already made, whatever is said of shipping beside it.
        // "我申请退款你们给我关了": a request told with its closing is the closed one, never a new request.
        var opening = Refund().IsMatch(compact) && (!NewRequest().IsMatch(compact) || ClosedByShop().IsMatch(compact))
            && (!Shipping().IsMatch(compact) || AppliedAlready().IsMatch(compact));
        // "不是要退款啦 是问问能不能晚几天发" refuses a refund: it says nothing about one the buyer has.
        // "你们是不是不想退" doubts the shop, it refuses nothing.
        if (context.Facts.Cues.Negated.Any(a => a is Entities.BuyerAction.Refund or Entities.BuyerAction.Cancel) && !Doubted().IsMatch(compact))
        {
            return false;
        }

        if (NotShippedAfterRule(context))
        {
            return true;
        }

        var order = opening ? Meant(context) : FollowedUp(context);
        if (order is null)
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.OrderState] = OrderSlots.StatusName(order),
        };
        // "之前有点闪申请过退款 后来关了 现在彻底坏了": the closing told as history beside a fault now, which is a new case
        // for the goods (a repair, a return), never a dispute of the closed refund.
        // "台灯又不亮了 之前退款被拒": the closing told as history is a case of its own, recorded for a colleague to review.
        var history = (Earlier().IsMatch(compact) || compact.Contains('又', StringComparison.Ordinal)) && !Disputes().IsMatch(compact)
            && QualityProblems.NamesAProblem(context.Normalized);
        if (order.Refund == RefundStatus.Closed && history && await FaultAgainAsync(context, order, slots, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        if (order.Refund == RefundStatus.Closed && !history && (Closed().IsMatch(compact) || Disputes().IsMatch(compact)))
        {
            // "我要投诉 我要给差评" beside it: the complaint is on the desk for the supervisor, not only in the chat.
            await QueuedComplaint.NoteBesideAsync(context, order.OrderNumber, QueuedComplaint.ClosedRefund, cancellationToken).ConfigureAwait(false);
            // "用了没几天就一闪一闪的 退款给我关了": the fault said beside it goes on the order for the person, a video invited.
            var fault = await DisputedFaultAsync(context, order, cancellationToken).ConfigureAwait(false);
            Hand(context, order, fault ? "steer.refund_disputed_fault" : "steer.refund_disputed", slots, DisputeReason);
            return true;
        }

        // "没收到啊 都好几天了" after hearing the refund went through: the money is looked for by a person once the wait is long.
        if (order.Refund == RefundStatus.Succeeded && !opening && NotArrived().IsMatch(compact))
        {
            // The days said are held against the usual days of the way paid, named now or earlier in the chat, as
            // RefundMoneyMissing does for a first question.
            var known = RefundMoneyMissing.KnownWindow(context);
            var waited = DaysWaited(context);
            if (waited is { } said)
            {
                slots[TemplateSlots.Length] = said.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (waited is { } days && days > (known ?? RefundMoneyMissing.UsualDays))
            {
                await RefundCheck.RecordAsync(context, order, cancellationToken).ConfigureAwait(false);
                Hand(context, order, "needs.refund_overdue", slots, RefundMoneyMissing.PersonReason);
            }
            else if (waited is null && Waiting().IsMatch(compact))
            {
                await RefundCheck.RecordAsync(context, order, cancellationToken).ConfigureAwait(false);
                Hand(context, order, "steer.refund_paid_missing", slots, RefundMoneyMissing.PersonReason);
            }
            else if (RefundCheck.Asked(compact))
            {
                // "帮我查查" within the usual days: a colleague is given the check to act on, and the buyer is told so.
                await RefundCheck.NoteAsync(context, order, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // "都快两个礼拜了" with a credit card named before: still within its days, said so, with when to look again.
                context.State.LastOrderNumber = order.OrderNumber;
                if (!RefundMoneyMissing.TellWithin(context, waited, known, slots))
                {
                    context.Say(RefundTiming.Listed(context.State) ? RefundTiming.AgainTemplate(context.State, compact) : "needs.refund_channels");
                }
            }

            return true;
        }

        // "台灯前天申请了退款 现在又想要了": the refund is taken back, which never hurries it.
        if (order.Refund == RefundStatus.InProgress && !RefundWithdrawal.KeepsOrder(compact) && (TooLong(context) || Applied().IsMatch(compact) || (AppliedAlready().IsMatch(compact) && !RefundTiming.IsAsked(context.Normalized)) || AsksApproval(compact) || (Hurries().IsMatch(compact) && !opening)))
        {
            return await PendingAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>
    /// The fault told beside a disputed closing, or told earlier in this chat ("台灯一闪一闪的", then "上次退款怎么给我关了"),
    /// written on the order for the person as a quality report (once per order), so the handover leaves a record the
    /// colleague can act on; false when neither names a fault.
    /// </summary>
    internal static async Task<bool> DisputedFaultAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        var fault = QualityProblems.Denied(context.Normalized) || QualityProblems.Of(context.Normalized) is not { } problem
            ? context.State.ProblemSaid
            : QualityProblems.Describe(problem, context.Normalized);
        if (fault is null || order.Status is not (OrderStatus.Shipped or OrderStatus.Completed))
        {
            return false;
        }

        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, QualityReturnFlow.QualityKinds).ConfigureAwait(false) is null)
        {
            var described = ProblemPhrases.WithItem(fault, order.Title, context.Services.Analyzer.Products.ProductWords);
            await context.Actions.RecordQualityCaseAsync(context.Turn, order.OrderNumber, Cases.CaseKind.QualityReport,
                $"{described}（买家之前申请的退款被关闭，不认可，请同事核实关闭原因后处理）", context.Input.PhotoUrls, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>The order whose refund the buyer names, has in focus, or the buyer's only refund of that kind.</summary>
    private static Order? Meant(FlowContext context) =>
        Meant(context, o => o.Refund is RefundStatus.InProgress or RefundStatus.Closed,
            Closed().IsMatch(context.Compact) || Disputes().IsMatch(context.Compact) ? RefundStatus.Closed : RefundStatus.InProgress);

    /// <summary>
    /// The first order named that <paramref name="namedFits"/>; else the order in play or in focus when its refund is
    /// <paramref name="kind"/> (no other order is picked then); else the buyer's only order with a refund of that kind.
    /// </summary>
    internal static Order? Meant(FlowContext context, Func<Order, bool> namedFits, RefundStatus kind)
    {
        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.FirstOrDefault(namedFits);
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        if ((context.State.OrderNumber ?? context.State.LastOrderNumber) is { } inFocus && orders.FirstOrDefault(o => o.OrderNumber == inFocus) is { } focus)
        {
            return focus.Refund == kind ? focus : null;
        }

        var fitting = orders.Where(o => o.Refund == kind).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>"都十多天了", "凭什么" right after the bot told where the focus order's refund stands, naming no other order.</summary>
    private static Order? FollowedUp(FlowContext context)
    {
        if (context.State.ActiveFlow is not null || context.State.LastOrderNumber is not { } last
            || !ToldAbout.Any(t => context.Told(t, last))
            || context.Facts.MatchedOrderNumbers.Any(n => n != last))
        {
            return null;
        }

        var compact = context.Compact;
        if (Shipping().IsMatch(compact))
        {
            return null;
        }

        return TooLong(context) || Applied().IsMatch(compact) || Hurries().IsMatch(compact) || NotArrived().IsMatch(compact) || Disputes().IsMatch(compact) || Closed().IsMatch(compact)
            || RefundCheck.Asked(compact)
            ? context.Services.Orders.Find(context.Input.BuyerId, last)
            : null;
    }

    /// <summary>The buyer says the wait is too long: a stretch of two days or more, or words of waiting in vain.</summary>
    private static bool TooLong(FlowContext context) => DaysWaited(context) is >= 2 || Waiting().IsMatch(context.Compact);

    /// <summary>The days the buyer says have passed; "要几天", "几天能到" ask how long instead and say none.</summary>
    private static int? DaysWaited(FlowContext context) =>
        HowLong().IsMatch(context.Compact) ? null : LessCommonNeeds.DaysSaid(context.Normalized);

    /// <summary>The buyer handed over on <paramref name="order"/>'s refund: said, and a person called for <paramref name="reason"/>.</summary>
    internal static void Hand(FlowContext context, Order order, string templateId, IReadOnlyDictionary<string, string?> slots, string reason)
    {
        context.State.ClearClarification();
        context.State.EndFlow();
        context.State.LastOrderNumber = order.OrderNumber;
        context.State.LastFlow = Intents.IntentIds.RefundUnshipped;
        context.Say(templateId, slots);
        context.NeedPerson(reason);
    }

    /// <summary>"是不是不想退", "故意不给退吧", "就是不想给我退": the buyer doubts the shop will refund.</summary>
    [GeneratedRegex("(是不是|是否|就是|故意|根本)(不想|不愿意?|不打算|不肯)?(给我)?退|不想给我退|不给(我)?退(是吧|吧|吗|啊|呀)|不肯退")]
    private static partial Regex Doubted();

    /// <summary>"什么时候同意啊", "多久能审核通过": when the shop agrees to the refund, which is no question of when the money arrives.</summary>
    public static bool AsksApproval(string compact) => Approval().IsMatch(compact);

    [GeneratedRegex("(?:什么时候|啥时候|多久|几时|何时|哪天)(?:才|能|会|可以)?(?:给我)?(?:同意|通过|审核|审批|批)")]
    private static partial Regex Approval();

    [GeneratedRegex("退款|退钱|退货|售后申请|申请的退")]
    private static partial Regex Refund();

    [GeneratedRegex("(被|给我|怎么|为什么|为啥|咋)?(关闭|关了|关掉|拒绝|拒了|被拒|驳回|不给退|没通过|不通过)")]
    private static partial Regex Closed();

    [GeneratedRegex("关闭|关了|关掉|拒了|被拒|拒绝了|驳回")]
    private static partial Regex ClosedByShop();

    [GeneratedRegex("之前|以前|上次|那时|后来|当时")]
    private static partial Regex Earlier();

    [GeneratedRegex("凭什么|不认可|不接受|不服|不合理|我没同意|我不同意|没经过我|申诉|我没撤|我没取消|不是我(关|撤|取消)")]
    private static partial Regex Disputes();

    [GeneratedRegex("好久|很久|老半天|好几天|好多天|十多天|十几天|十来天|几个礼拜|这么久|太久|多久了|太慢|还没(给我|帮我|跟我)?(处理|同意|审核|通过|退|好|动静|反应|消息)|还(是|在)(处理|退款中|审核|等待|等)|等待?(卖家|商家|店铺|你们)同意|还不(给我|帮我)?(处理|同意|退|给)|还在等|一直(显示|是|都)?(不|没|在等|等待|等)|没人(处理|管|理)|等了.{0,3}(天|周|礼拜|星期)")]
    private static partial Regex Waiting();

    /// <summary>"前天就申请了", "20号晚上申请的": when the request was made, which is about the refund under way, never a new need.</summary>
    [GeneratedRegex("(前天|大前天|前几天|昨天|昨晚|上周|几天前|[0-9一二两三四五六七八九十]+(号|日|天前))(晚上|早上|上午|下午|中午|夜里)?(就|已经|都)?(申请|提交|点)(了|的|过)")]
    private static partial Regex Applied();

    /// <summary>"台灯申请退款了", "退款申请了": the buyer tells of a refund already asked for (a return applied for is the quality flow's).</summary>
    [GeneratedRegex("申请了?退款了|退款申请了|已经申请了?退款|申请过退款")]
    private static partial Regex AppliedAlready();

    /// <summary>"我要退款", "帮我退钱": a new request; "我申请退款了" tells of the one under way.</summary>
    [GeneratedRegex("(我|想|帮我|给我|要求)(要|想)?(申请)?(退款|退钱|退货|取消)(?!了|的|过)|(我|帮我|给我)(要|想)(申请)?(退款|退钱|退货|取消)")]
    private static partial Regex NewRequest();

    [GeneratedRegex("发货|没发|物流|快递|包裹|到货|收到货|单号")]
    private static partial Regex Shipping();

    [GeneratedRegex("(?<![好十])几天(?!了)|多久(?!了)|多长时间|什么时候|啥时候|几号|哪天")]
    private static partial Regex HowLong();

    [GeneratedRegex("没(有)?(收到|到账|到|看到|回来)|不到账")]
    private static partial Regex NotArrived();

    [GeneratedRegex("催|快点|块点|快些|抓紧|赶紧|尽快")]
    private static partial Regex Hurries();
}
