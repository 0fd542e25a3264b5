using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "别放驿站 放快递柜", "送到门卫就行", "周末家里没人": how the parcel should be handed over. For an order not yet shipped
/// the wish is written on the order for the shipment (in the shop's words, never the buyer's sentence); it is no
/// change of courier and needs no person. For a shipped order the buyer is told how to tell the courier.
/// </summary>
public static partial class DeliveryWish
{
    private const string Area = "listen_followups";

    /// <summary>How a wish starts in the record ("配送要求：放驿站").</summary>
    private const string Prefix = "配送要求：";

    /// <summary>The reason a delivery note is recorded under.</summary>
    public const string NoteReason = "配送备注";

    private const string TimedWish = "派送前先电话联系买家约好时间";

    /// <summary>
    /// The wish in the shop's words, or null when the line states none. "快递员放门口就走了", "门口 快递柜 驿站都找过了"
    /// tell what happened to a parcel (see <see cref="LineFrame"/>), never how the next one should be handed over.
    /// </summary>
    public static string? Read(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        if (Tracking().IsMatch(compactText) || Delay().IsMatch(compactText) || NewAddress().IsMatch(compactText) || CourierRefuses().IsMatch(compactText)
            || SentBack().IsMatch(compactText) || AlreadyFetched().IsMatch(compactText) || LineFrame.TellsDelivered(compactText))
        {
            return null;
        }

        var parts = new List<string>();
        if (NoStation().IsMatch(compactText))
        {
            parts.Add("不要放驿站");
        }

        // "放快递柜也不行 柜子老是满": the locker ruled out, never written down as the place wanted.
        var noLocker = NoLocker().IsMatch(compactText);
        if (noLocker)
        {
            parts.Add("不要放快递柜");
        }

        var noDoor = NoDoor().Match(compactText);
        if (noDoor.Success)
        {
            parts.Add(noDoor.Value.Contains("上门", StringComparison.Ordinal) ? "不用送上门" : "不要放门口");
        }

        if (Locker().IsMatch(compactText) && !noLocker)
        {
            parts.Add("放快递柜");
        }
        else if (Guard().IsMatch(compactText))
        {
            parts.Add("放门卫或前台代收");
        }
        else if (Door().IsMatch(compactText) && !noDoor.Success)
        {
            parts.Add("送货上门");
        }
        else if (Station().IsMatch(compactText) && !NoStation().IsMatch(compactText))
        {
            parts.Add("放驿站");
        }
        else if (Neighbour().IsMatch(compactText))
        {
            parts.Add("请邻居代收");
        }

        if (Away().IsMatch(compactText))
        {
            parts.Add(When().Match(compactText).Value switch
            {
                "周末" or "周六" or "周日" or "星期六" or "星期天" or "星期日" => Workplace().IsMatch(compactText)
                    ? "周末公司没人，请工作日派送或派送前电话联系" : "周末家里没人，请工作日派送或派送前电话联系",
                "白天" or "上班" => "白天家里没人，请派送前电话联系",
                { Length: > 0 } part => $"{part}不在家，请派送前电话联系",
                _ => "家里可能没人，请派送前电话联系",
            });
        }
        else if (TimedDelivery().IsMatch(compactText))
        {
            parts.Add(TimedWish);
        }
        else if (CallFirst().IsMatch(compactText))
        {
            parts.Add("派送前先电话联系");
        }

        return parts.Count == 0 ? null : Prefix + string.Join("，", parts);
    }

    /// <summary>
    /// "能约时间送吗", "能定时派送吗": the courier sets the hour on the round, which the shop cannot fix; the wish the
    /// shop can pass on is a call before delivery.
    /// </summary>
    public static bool AsksTimedDelivery(string compactText) => TimedDelivery().IsMatch(compactText ?? string.Empty);

    /// <summary>
    /// "28号以后再发 或者你们能定时派送吗": the time asked beside a hold is answered and the call before delivery written
    /// on the order, once.
    /// </summary>
    public static async Task NoteTimedAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var wish = Prefix + TimedWish;
        var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        if (!records.Any(r => r.Status == Cases.CaseStatus.Open && r.Kind == Cases.CaseKind.OrderChange && r.Description == wish))
        {
            await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, NoteReason, wish, cancellationToken).ConfigureAwait(false);
        }

        context.Say($"{Area}.timed_delivery", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [Templates.TemplateSlots.Change] = TimedWish });
    }

    /// <summary>"我明天要出门", "家里没人": the buyer will not be there to take the parcel.</summary>
    public static bool SaysAway(string compactText) => Away().IsMatch(compactText ?? string.Empty);

    /// <summary>The wish as the buyer is told it back ("放驿站"), without the record's prefix.</summary>
    public static string Said(string wish)
    {
        ArgumentNullException.ThrowIfNull(wish);
        return wish.StartsWith(Prefix, StringComparison.Ordinal) ? wish[Prefix.Length..] : wish;
    }

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // "能拦截吗 我怕放驿站": a parcel to be stopped, which has its own answer; the station is only the worry.
        // "能发顺丰吗 中通老给我扔驿站": another courier is what is asked; the station is why, never the wish.
        // "羽绒服先别寄 我25号到12月1号不在家": nobody home is why the order is held, never a wish for the courier.
        if (context.State.ActiveFlow is not null || PolicyTopics.AsksIntercept(context.Compact) || Read(context.Compact) is not { } wish || OrderOf(context) is not { } order
            || Flows.OrderChanges.Read(context.Normalized) is { Kind: Flows.OrderChangeKind.Courier, To: not null }
            || (Flows.ChangeAddressFlow.HoldsShipment(context.Compact) && !Place().IsMatch(context.Compact) && !CallFirst().IsMatch(context.Compact)))
        {
            return false;
        }

        // "白天上班家里没人" about a parcel on its way is answered beside the tracking; only a place to leave it is a wish,
        // or "公司周末没人 周末别送" right after that parcel was tracked: how to tell its courier.
        // "帮我跟快递说下 下午不在家 放驿站": the shop is asked to pass it on, which the track flow records for the courier.
        var tracked = context.State.LastOrderNumber == order.OrderNumber && !AsksShopToAct().IsMatch(context.Compact);
        if (order.Status == OrderStatus.Shipped && ((!Place().IsMatch(context.Compact) && !tracked) || Flows.TrackSituations.AsksToChaseCourier(context.Compact)))
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [Templates.TemplateSlots.Change] = Said(wish) };
        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        if (order.Status == OrderStatus.Shipped)
        {
            context.Say(order.TrackingNumber is null ? $"{Area}.delivery_wish_shipped_no_number" : $"{Area}.delivery_wish_shipped", slots);
            // "我这周出差 … 就让快递放驿站": a buyer away while the parcel waits is offered the longer receipt time, so
            // the order is not confirmed before it is fetched.
            if (SaysAway(context.Compact) || context.Told("delay_shipment.already_shipped", order.OrderNumber))
            {
                context.Say($"{Area}.delivery_wish_away", slots);
            }

            return true;
        }

        var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        // "家里没人收 怕丢" on an order the buyer asked to hold: why it should wait, not a wish for the courier.
        if (!Place().IsMatch(context.Compact) && !CallFirst().IsMatch(context.Compact) && !AsksTimedDelivery(context.Compact)
            && records.Any(r => r.Status == Cases.CaseStatus.Open && r.Kind == Cases.CaseKind.DelayShipment))
        {
            context.Say($"{Area}.hold_reason", slots);
            return true;
        }

        if (records.Any(r => r.Status == Cases.CaseStatus.Open && r.Kind == Cases.CaseKind.OrderChange && r.Description == wish))
        {
            context.Say($"{Area}.delivery_wish_already", slots);
            return true;
        }

        await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, NoteReason, wish, cancellationToken).ConfigureAwait(false);
        context.Say(AsksTimedDelivery(context.Compact) ? $"{Area}.timed_delivery" : $"{Area}.delivery_wish_noted", slots);
        return true;
    }

    /// <summary>The order named, else the one in focus, else the buyer's only order waiting to ship, else the only shipped one.</summary>
    private static Order? OrderOf(FlowContext context)
    {
        var open = context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped && !o.HasRefundUnderWay).ToList();
        var named = context.Facts.MatchedOrderNumbers;
        if (named.Count > 0)
        {
            return open.FirstOrDefault(o => named.Contains(o.OrderNumber));
        }

        var focus = context.State.OrderNumber ?? context.State.LastOrderNumber;
        if (open.FirstOrDefault(o => o.OrderNumber == focus) is { } focused)
        {
            return focused;
        }

        // The order talked about is being refunded: a wish said now is about that parcel, never another order's shipment.
        if (focus is not null && context.Services.Orders.Find(context.Input.BuyerId, focus) is { HasRefundUnderWay: true })
        {
            return null;
        }

        var waiting = open.Where(o => o.Status == OrderStatus.AwaitingShipment).ToList();
        if (waiting.Count > 0)
        {
            return waiting.Count == 1 ? waiting[0] : null;
        }

        return open.Count == 1 ? open[0] : null;
    }

    /// <summary>
    /// "驿站显示到了吗", "快递柜取件码呢": about a parcel already there, not a wish; "我明天要出门 今天能到吗", "周五前到得了不":
    /// when it arrives, which the estimate answers.
    /// </summary>
    [GeneratedRegex("取件码|到了吗|到没到|在哪|到哪|显示.{0,4}(签收|放)|已经放|被放|给我放(在|到)?了|放了|说放|找不到|没找到|里没有|(什么|啥)时候(能)?到|几天(能)?到|多久(能)?到|(能|会|可以)(送)?到(吗|嘛|么|不|没|家吗)|能不能(送)?到|到得了|到不了|赶得上|赶不上|来得及|来不及")]
    private static partial Regex Tracking();

    /// <summary>"快递员不送上楼", "让我自己去网点拿", "要加10块": a courier refusing or charging is a follow-up for the shop.</summary>
    [GeneratedRegex("不送|没送|不给送|不肯送|不上楼|凭什么|打不通|加钱|加[0-9一二三四五六七八九十两]+块|要收|收费|自己(去|下楼)?(拿|取)|网点(拿|取)")]
    private static partial Regex CourierRefuses();

    /// <summary>
    /// "不用我寄回去了吧 我懒得跑快递点": sending a parcel back, whose way the refusal answers, never a wish for delivery;
    /// "就怕放太久被退回去" is the courier sending an unfetched parcel back, a worry beside the wish.
    /// </summary>
    [GeneratedRegex("(?<!被)(寄|退|邮)回")]
    private static partial Regex SentBack();

    /// <summary>"改到公司 放前台" changes the address: the address flow's.</summary>
    [GeneratedRegex("改|地址|收货人|收件人|(寄|送|发)到(公司|单位|学校)(?!的)")]
    private static partial Regex NewAddress();

    /// <summary>"周末没人 下周再发", "先压一压 家里没人" ask to hold the shipment: the delay flow's.</summary>
    [GeneratedRegex("再(发|寄)|(先|暂时)压(一压|一下|几天|两天|着)|以后(再)?(发|寄)|晚(点|几天|一点|些)(再)?(发|寄)|推迟|延迟|延后|先别发|先不要发|(下周|过几天|过两天)(再)?(发|寄)|暂(时)?不(要)?发")]
    private static partial Regex Delay();

    /// <summary>"你们帮我催下", "帮忙跟快递说": the shop is asked to act, which the track flow takes up.</summary>
    [GeneratedRegex("催|帮我|帮忙|你们(跟|和|给)?快递|(跟|和|告诉|通知)快递")]
    private static partial Regex AsksShopToAct();

    [GeneratedRegex("周末|周六|周日|星期六|星期天|星期日|白天|上班|上午|中午|下午|晚上")]
    private static partial Regex When();

    [GeneratedRegex("(送|派送|派件)(之)?前[^，,]{0,4}(打|来|给我)?电话|先打电话|先联系我")]
    private static partial Regex CallFirst();

    // "台灯昨天才去驿站拿的 拆开灯罩边上有一条裂缝": the parcel is already in hand, so the station is where it was, never
    // a wish for the next delivery.
    [GeneratedRegex("(驿站|快递柜|丰巢|菜鸟|门卫|前台)(里|那)?(拿|取|领)(的|了|回|到)|(拿|取|领)回(来|家)|拆开|打开(一看|发现|后)")]
    private static partial Regex AlreadyFetched();

    /// <summary>"邻居帮我收", "放邻居家": a neighbour takes the parcel in.</summary>
    [GeneratedRegex("邻居(家)?(帮|代)(我|忙)?(收|签收|拿|接)|(放|送|交)(给|到|在)?邻居")]
    private static partial Regex Neighbour();
}
