using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "退款我不想退了", "点错了退款 能撤销吗": the buyer takes back a refund under way. The refund is never confirmed
/// again: the buyer is told how to withdraw it on the platform and what happens to the order next, and the shop gets a
/// note not to agree it (a refund the bot recorded in this conversation is withdrawn instead).
/// </summary>
public static partial class RefundWithdrawal
{
    /// <summary>Kept in the refund flow's values while it asks which order the withdrawal is about.</summary>
    public const string Key = "withdraw";
    private const string Area = "refund_withdrawal";
    /// <summary>
    /// The replies that say a refund request was recorded: before shipping, 仅退款 after shipping, and a parcel on its way
    /// to be refused for its refund ("留着吧 不拒收了" takes that back).
    /// </summary>
    private static readonly string[] RecordedHere =
    [
        "refund_unshipped.refund_requested", "refund_unshipped.shipped_refund_only",
        "refund_unshipped.refuse_parcel", "refund_unshipped.refuse_parcel_reason", "refund_unshipped.refuse_parcel_postage",
    ];

    /// <summary>
    /// True when the message withdraws a refund: in so many words (撤销退款, 退款点错了), or "不想退了" while one of the
    /// buyer's orders has a refund under way or was refunded in this conversation. The refund flow's own "不退了",
    /// before anything was recorded, keeps the order and is left to that flow.
    /// </summary>
    public static bool IsAsked(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow == Intents.IntentIds.RefundUnshipped && state.Step is DialogSteps.AskReason or DialogSteps.AfterRetention)
        {
            return false;
        }

        var text = context.Compact;
        // "不想退了 来回寄太麻烦" while a quality case is taken down turns down its return, not another order's refund.
        var inQualityCase = state.ActiveFlow == Intents.IntentIds.QualityReturn && OrderResolver.Named(context).Count == 0;
        // "台灯那个退款我不想退了" is a withdrawal even when no refund is under way: the buyer is told there is none.
        return Explicit().IsMatch(text)
            // "我还要自己寄回去吗" asks; "先别同意" is denied only to the shop: the guard tells which clause keeps the order.
            || ((context.Guard.Acts(ChangedMind()) || context.Guard.Acts(NotToAgree())) && !inQualityCase && !KeepsPart().IsMatch(text) && (RefundingMeant(context) || NamesRefund(context, text)))
            // "怎么撤销", "找不到撤销" right after the steps were given: the same withdrawal, asked again.
            || (state.ActiveFlow is null && state.LastOrderToldOf(Area + ".") is not null && HowAgain().IsMatch(text));
    }

    /// <summary>
    /// A refund to withdraw that the words can be about. "不想退了 能补偿点吗" right after a pillowcase's snag asks something
    /// else of that pillowcase, never the withdrawal of the lamp's refund.
    /// </summary>
    private static bool RefundingMeant(FlowContext context)
    {
        var refunding = Refunding(context);
        if (ChangedMindOfOther(context, refunding))
        {
            return false;
        }

        var focus = context.State.OrderNumber ?? context.State.LastOrderNumber;
        var asksInstead = context.State.ProblemSaid is not null || AsksCompensation().IsMatch(context.Compact);
        return refunding.Count > 0 && (OrderResolver.Named(context).Count > 0 || focus is null || !asksInstead
            || refunding.Any(o => o.OrderNumber == focus));
    }

    [GeneratedRegex("补偿|赔偿|补点|补个|补贴|便宜点|退点钱|退一部分")]
    private static partial Regex AsksCompensation();

    /// <summary>The buyer's orders with a refund to withdraw: under way on the platform, or recorded in this conversation.</summary>
    public static List<Order> Refunding(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.HasRefundUnderWay || RecordedInConversation(context, o.OrderNumber))];
    }

    private static bool RecordedInConversation(FlowContext context, string orderNumber) =>
        RecordedHere.Any(t => context.Told(t, orderNumber));

    /// <summary>"退款…不想退了" asking for nothing else: about a refund, whether or not one is under way.</summary>
    private static bool NamesRefund(FlowContext context, string text) =>
        context.State.ActiveFlow is null
        && text.Contains("退款", StringComparison.Ordinal)
        && !PartOnly().IsMatch(text)
        && !context.Facts.Cues.Asserted.Any(a => a is not (Entities.BuyerAction.Refund or Entities.BuyerAction.Cancel));

    /// <summary>"不用全退 两件还是要的": some pieces of an order kept and the rest sent back, never another order's refund withdrawn.</summary>
    [GeneratedRegex("(不用|不要|不是|不)(全|都)退|只退(一|两|二|三|几|[0-9])|(一|两|二|三|几|[0-9])(件|个|条|双|只|套|份)(还是|我)?(要|留)|留(下)?(一|两|二|三|几|[0-9])(件|个|条|双|只|套|份)")]
    private static partial Regex KeepsPart();

    [GeneratedRegex("部分退|退点|退一点|退一部分|补偿|赔")]
    private static partial Regex PartOnly();

    public static async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.State.Values[Key] = "1";
        var refunding = Refunding(context);
        if (refunding.Count == 0 && context.State.Step is null && OrderResolver.Named(context).Count == 0)
        {
            context.Say($"{Area}.nothing_to_withdraw");
            context.Finish();
            return;
        }

        var order = OrderResolver.Resolve(context, Area, o => refunding.Exists(r => r.OrderNumber == o.OrderNumber), asksAboutRefund: true);
        if (order is null)
        {
            return;
        }

        var slots = context.SlotsOf(order);
        await CloseRefundChasesAsync(context, order, cancellationToken).ConfigureAwait(false);
        // Asked again ("怎么撤销"): the steps in short, the shop's note already written.
        var noted = context.Told($"{Area}.how_unshipped", order.OrderNumber) || context.Told($"{Area}.how_shipped", order.OrderNumber);
        if (RecordedInConversation(context, order.OrderNumber) && await WithdrawOwnAsync(context, order, "买家不想退款了，撤回退款登记，订单照常发货", cancellationToken).ConfigureAwait(false))
        {
            // A parcel already on its way is delivered as usual: it is never "shipped as usual".
            context.Say(order.Status == OrderStatus.AwaitingShipment ? $"{Area}.withdrawn_here" : $"{Area}.withdrawn_here_shipped", slots);
            // "算了不退了 快点发就行": the hurry said with the withdrawal is noted too.
            await HurryFlow.NoteBesideAsync(context, order, cancellationToken).ConfigureAwait(false);
        }
        else if (!order.HasRefundUnderWay)
        {
            context.Say($"{Area}.not_refunding", WithState(slots, order));
        }
        else if (noted)
        {
            // "是要我自己撤吗 在哪撤": the steps in short, never the whole answer pasted again.
            context.Say($"{Area}.how_again", slots);
            await HurryFlow.NoteBesideAsync(context, order, cancellationToken).ConfigureAwait(false);
        }
        else if (order.Status == OrderStatus.AwaitingShipment)
        {
            context.Say($"{Area}.how_unshipped", slots);
            await NoteAsync(context, order, "订单照常发货", cancellationToken).ConfigureAwait(false);
            await HurryFlow.NoteBesideAsync(context, order, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            context.Say($"{Area}.how_shipped", slots);
            await NoteAsync(context, order, "包裹照常派送", cancellationToken).ConfigureAwait(false);
        }

        context.Finish();
    }

    private static Task NoteAsync(FlowContext context, Order order, string next, CancellationToken cancellationToken) =>
        context.Actions.RecordRefundWithdrawalAsync(context.Turn, order.OrderNumber, $"买家不想退款了，会在订单页撤销退款申请：请勿同意这笔退款，{next}", cancellationToken);

    /// <summary>
    /// "退款能撤回吗" after "怎么还没同意": the open note asking colleagues to agree the refund (and hold the parcel) is
    /// closed, so no one sees it beside the note not to agree it.
    /// </summary>
    private static async Task CloseRefundChasesAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        foreach (var chase in records.Where(r => r.Kind is CaseKind.HurryNote or CaseKind.UrgentNote && r.Status == CaseStatus.Open
                     && (r.Reason ?? r.Description)?.StartsWith(RefundStanding.ChasePrefix, StringComparison.Ordinal) == true))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, chase.Id, "买家不退款了，要撤销退款申请：催同意退款的备注作废，以撤销退款的备注为准", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The refund request the bot recorded in this conversation is withdrawn: nothing was filed on the platform.</summary>
    private static async Task<bool> WithdrawOwnAsync(FlowContext context, Order order, string note, CancellationToken cancellationToken)
    {
        var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        var open = records.Where(r => r.Kind == CaseKind.RefundRequest && r.Status == CaseStatus.Open && r.ConversationId == context.Input.ConversationId).ToList();
        foreach (var record in open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, note, cancellationToken).ConfigureAwait(false);
        }

        return open.Count > 0;
    }

    private static Dictionary<string, string?> WithState(IReadOnlyDictionary<string, string?> slots, Order order) =>
        new(slots, StringComparer.Ordinal) { [TemplateSlots.OrderState] = OrderSlots.StatusName(order) };

    [GeneratedRegex("(撤销|撤回|撤掉|撤了|取消|关掉|关闭)(一下)?(这个|那个|我的|这笔|那笔|这单|那单)?(的)?(退款|售后)|退款(申请)?[^，。,.!?！？]{0,4}?(撤销|撤回|撤掉|撤了|取消(?!订单|这单|那单|发货|交易)|关掉)|(点错|误点|按错|不小心点|手滑点)了?(个)?(申请)?(退款|售后)|退款(申请)?(点|按|申请|提交)错|退款[^，。,.!?！？]{0,4}?(手滑|不小心|误)?(点|按)错")]
    private static partial Regex Explicit();

    [GeneratedRegex("撤销|撤回|撤不了|撤不掉|找不到|在哪(里|儿)?(撤|点|操作)|怎么(撤|操作|弄|点)")]
    private static partial Regex HowAgain();

    /// <summary>
    /// "退款先别同意！", "别给我通过退款", "退款申请先不要批": the shop is asked not to agree the refund, which is the buyer
    /// keeping the order; the negation is the request itself, so it is matched whole, never denied by the guard.
    /// </summary>
    [GeneratedRegex("退款(申请)?[^，。,.!?！？]{0,6}?(先|暂时|还是|千万)?(别|不要|先别|先不要|暂时不要|不用)(给我)?(同意|批准?|通过|审核|处理|退)|(先|暂时|千万)?(别|不要|先别)(给我)?(同意|批准?|通过)(我的|这个|那个|这笔|那笔)?(的)?退款")]
    private static partial Regex NotToAgree();

    /// <summary>"现在又想要了", "算了不退了": the buyer keeps the order after all, which never hurries the refund.</summary>
    public static bool KeepsOrder(string compact) => ChangedMind().IsMatch(compact);

    /// <summary>
    /// "不想退了", "退款先别弄了", "退款不要了", "算了 还是要 发货吧", "算了还是要吧 赶紧发", "现在又要了": the buyer keeps
    /// the order after all; "留着吧 不拒收了", "还是签收吧" keep a parcel she meant to refuse for its refund.
    /// </summary>
    [GeneratedRegex("(不想|不要|不用|不|别|不打算)(再)?拒(收|签)了|还是(签收|收下)吧|(不想|不要|不用|不|别|不打算|不申请)(再)?退(款)?了|又不想退|还是不退|不退款了|还是要了|还是要(?=吧|的|[,，]|$)|又想?要了|还想要|还是想要|还是留着|东西我要了|我还要(?![等问催找多几再])|退款(申请)?(就|先|还是|暂时)?(别|不用|不要|先不|不)(弄|办|处理|申请|退|管)?了|还是(要|给我|帮我)?(发货|发吧|发出来|寄吧)|(照常|正常)发货吧|(算了|懒得折腾|不折腾了)[^。.!?！？]{0,10}?(赶紧|快点?|直接|还是|就)发(货|出来)?吧")]
    private static partial Regex ChangedMind();
}
