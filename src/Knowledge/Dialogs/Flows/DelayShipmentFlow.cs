using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Ship later, please: on an unshipped order the request is recorded with the time the buyer named and the buyer is
/// told what happens next (the warehouse holds it; a colleague writes only if it cannot), with no person to wait for;
/// an order already on its way cannot be held back.
/// </summary>
public sealed partial class DelayShipmentFlow : IDialogFlow
{
    private const string Noted = "delay_shipment.noted";
    private const string NotedNoTime = "delay_shipment.noted_no_time";
    private const string NotedVague = "delay_shipment.noted_vague";

    /// <summary>The order is already on its way: it cannot be held back in the warehouse.</summary>
    public const string AlreadyShipped = "delay_shipment.already_shipped";

    public string Intent => IntentIds.DelayShipment;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        // "下周一以后再发就行" right after hearing the parcel in focus already left: still that parcel, never another order offered.
        var order = OrderResolver.Resolve(context, "delay_shipment", o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay);
        if (order is null)
        {
            return;
        }

        if (!order.HasRefundUnderWay && HoldLifted.Lifts(context.Normalized) && await HoldLifted.LiftAsync(context, order, answerFollows: false, cancellationToken).ConfigureAwait(false))
        {
            context.Finish();
            return;
        }

        var held = await AlreadyHeldAsync(context, order, cancellationToken).ConfigureAwait(false);
        switch (order.Status)
        {
            case OrderStatus.AwaitingShipment when order.HasRefundUnderWay:
                context.Say("delay_shipment.refund_under_way", context.SlotsOf(order));
                break;
            // "不是不要 是晚点发" after the note: it stands as recorded, with its time; nothing is written twice.
            case OrderStatus.AwaitingShipment when held && !WhenWords().IsMatch(context.Compact):
                context.Say("delay_shipment.already_noted", context.SlotsOf(order));
                break;
            // "大概5号以后吧" after a hold with no day: the note is written again with the day, the first one withdrawn.
            case OrderStatus.AwaitingShipment:
                await RecordAsync(context, order, replaces: held, cancellationToken).ConfigureAwait(false);
                await OrderNote.NoteBesideHoldAsync(context, order, cancellationToken).ConfigureAwait(false);
                // "28号以后再发 或者你们能定时派送吗": the hour of delivery asked beside the hold is answered too.
                if (DeliveryWish.AsksTimedDelivery(context.Compact))
                {
                    await DeliveryWish.NoteTimedAsync(context, order, cancellationToken).ConfigureAwait(false);
                }

                return;
            case OrderStatus.AwaitingPayment:
                context.Say(UnpaidTemplate(context), context.SlotsOf(order));
                break;
            // Asked again to wait: the ways to receive it later, never the same "already shipped" twice.
            case OrderStatus.Shipped when context.Told(AlreadyShipped, order.OrderNumber):
                context.Say(NobodyHome.Template, context.SlotsOf(order));
                break;
            case OrderStatus.Shipped:
                context.Say(AlreadyShipped, context.SlotsOf(order));
                break;
            case OrderStatus.Closed:
                context.Say("track.closed", context.SlotsOf(order));
                break;
            default:
                context.Say("track.completed", context.SlotsOf(order));
                break;
        }

        context.Finish();
    }

    /// <summary>
    /// "你们27号之后再发吧 还有袜子能不能一起寄", "27号之前千万别寄" beside shipping two orders together: the day the buyer
    /// names is held on the order too, so a combined note never lets it leave before then. Only a wish that fixes a day
    /// counts; false (nothing said) otherwise. A day already held is not written twice.
    /// </summary>
    public static async Task<bool> NoteBesideAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var compact = context.Compact;
        var when = When(context.Normalized);
        if (order.Status != OrderStatus.AwaitingShipment || when is null || !LaterWish().IsMatch(compact)
            || Entities.SaidDates.ShipLater(when, context.Services.Time.GetUtcNow()) is not { } date)
        {
            return false;
        }

        var description = Description(when, date, compact);
        var open = (await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, Cases.CaseKind.DelayShipment).ConfigureAwait(false)).ToList();
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [Templates.TemplateSlots.Date] = date };
        if (open.Any(r => r.Description?.Contains(date, StringComparison.Ordinal) == true))
        {
            return false;
        }

        foreach (var record in open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家改了再发货的时间，以新的登记为准", cancellationToken).ConfigureAwait(false);
        }

        await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        context.Say(open.Count > 0 ? "delay_shipment.date_updated" : Noted, slots);
        return true;
    }

    /// <summary>
    /// "27号之前千万别寄 家里没人" when this chat already noted that day on an order still to ship: the hold said again,
    /// confirmed on that order (never a combined shipment nor a second note).
    /// </summary>
    public static async Task<bool> ConfirmsHeldAsync(FlowContext context, IEnumerable<Order> orders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(orders);
        if (When(context.Normalized) is not { } when || Entities.SaidDates.ShipLater(when, context.Services.Time.GetUtcNow()) is not { } date)
        {
            return false;
        }

        foreach (var order in orders.Where(o => o.Status == OrderStatus.AwaitingShipment))
        {
            var open = await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, Cases.CaseKind.DelayShipment).ConfigureAwait(false);
            if (open.Any(r => r.Description?.Contains(date, StringComparison.Ordinal) == true))
            {
                context.Say("delay_shipment.hold_confirmed", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [Templates.TemplateSlots.Date] = date });
                return true;
            }
        }

        return false;
    }

    /// <summary>A hold this chat already noted on the order, by this flow or beside a change of address ("先别发 我要搬家").</summary>
    private static async Task<bool> AlreadyHeldAsync(FlowContext context, Order order, CancellationToken cancellationToken) =>
        context.Told(Noted, order.OrderNumber) || context.Told(NotedNoTime, order.OrderNumber) || context.Told(NotedVague, order.OrderNumber)
        || (await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, Cases.CaseKind.DelayShipment).ConfigureAwait(false)).Count > 0;

    /// <summary>
    /// Records the hold with the day the buyer's words fix (下周三 → 12月9日（周三）); words that fix no day (过几天) and no
    /// words at all are recorded as a hold to be dated, and the day is asked for. A note given again replaces the first.
    /// </summary>
    private static async Task RecordAsync(FlowContext context, Order order, bool replaces, CancellationToken cancellationToken)
    {
        var when = When(context.Normalized);
        var date = when is null ? null : Entities.SaidDates.ShipLater(when, context.Services.Time.GetUtcNow());
        if (replaces && date is null)
        {
            context.Say("delay_shipment.already_noted", context.SlotsOf(order));
            context.Finish();
            return;
        }

        if (replaces && date is not null && await SameDayHeldAsync(context, order, date, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        string? carried = null;
        if (replaces)
        {
            var earlier = (await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false))
                .Where(c => c.Kind == Cases.CaseKind.DelayShipment && c.Status == Cases.CaseStatus.Open && c.ConversationId == context.Input.ConversationId);
            foreach (var record in earlier)
            {
                carried ??= ReasonIn(record.Description);
                await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家改了再发货的时间，以新的登记为准", cancellationToken).ConfigureAwait(false);
            }
        }

        // "29号才回青岛 家里没人收": the day the buyer is home again, so the parcel should reach them from then on.
        // "25号才回去 26号以后在发行不": the day named to ship on wins over the day of return.
        var backOn = date is not null && BackOn().IsMatch(context.Compact) && !ShipDayNamed(context.Compact);
        var description = backOn ? $"买家{date}才回家，之前家里没人收，请压单，按{date}以后送到安排发货"
            : Description(when, date, context.Compact, carried);
        var fallback = FallbackOf(context);
        description = (fallback is { } also ? $"{description}；{also.Note}" : description) + CourierNote(context);
        await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [Templates.TemplateSlots.Date] = date ?? when, [Templates.TemplateSlots.Change] = fallback?.Said };
        // "30号以后再发 压不了就退": the hold and what to do if it cannot be kept, both on the note and said back.
        if (fallback is not null && date is not null)
        {
            context.Say("delay_shipment.noted_with_fallback", slots);
            SayCourier(context, order);
            context.Finish();
            return;
        }

        if (backOn)
        {
            context.Say("delay_shipment.noted_back_on", slots);
            SayCourier(context, order);
            context.Finish();
            return;
        }

        if (date is null)
        {
            context.Say(when is null ? NotedNoTime : NotedVague, slots);
            context.Await(DialogSteps.AskShipDate);
            return;
        }

        context.Say(replaces ? "delay_shipment.date_updated" : Noted, slots);
        SayCourier(context, order);
        context.Finish();
    }

    /// <summary>
    /// What the warehouse needs: the day worked out from the buyer's words, or that no day is fixed yet, and why when
    /// said, in this line or on the hold it replaces ("出差" first, "12月1号" next).
    /// </summary>
    private static string Description(string? when, string? date, string compact, string? carried = null) =>
        (HoldReason(compact) ?? carried) is { } reason ? $"{DayNote(when, date)}（{reason}）" : DayNote(when, date);

    private static string DayNote(string? when, string? date) => (when, date) switch
    {
        (_, not null) => $"买家希望推迟到{date}再发货",
        (not null, null) => $"买家希望推迟发货（{when}），还没定哪天，请同事和买家确认",
        _ => "买家希望推迟发货，没有说具体哪天，请同事和买家确认",
    };

    /// <summary>
    /// "我在外地出差 29号才回青岛 家里没人收", "下周三才回来": a day the buyer is away until, no address given: a hold to
    /// that day, never a change of address.
    /// </summary>
    public static bool AwayUntil(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return BackOn().IsMatch(context.Compact) && When(context.Normalized) is not null && context.Facts.Address is not { HasFullAddress: true }
            && !context.Facts.Cues.Asserted.Contains(Entities.BuyerAction.ChangeAddress);
    }

    /// <summary>Away until a day, with the order in focus (else the buyer's only order) still to ship.</summary>
    public static bool AwayWithOrderToHold(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AwayUntil(context))
        {
            return false;
        }

        static bool Holdable(Order o) => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay;
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        return context.State.LastOrderNumber is { } last && orders.FirstOrDefault(o => o.OrderNumber == last) is { } focus
            ? Holdable(focus)
            : orders.Count(Holdable) == 1;
    }

    /// <summary>While the hold waits for its day, "28号吧", "29号才回来" give it, an address given beside being another need.</summary>
    public static bool GivesDay(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.Step == DialogSteps.AskShipDate && When(context.Normalized) is not null && context.Facts.Address is not { HasFullAddress: true };
    }

    /// <summary>
    /// "改一下 30号发就行", "不是1号 改成30号", "換成下周三發" right after a hold was noted in this chat: a new day for the
    /// same hold, which replaces the recorded one; never a question about a parcel ("30号发了吗").
    /// </summary>
    public static bool RedatesHold(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        return context.State.ActiveFlow is null && context.State.LastFlow == IntentIds.DelayShipment
            && context.Facts.Address is not { HasFullAddress: true } && !AsksAfterParcel().IsMatch(compact)
            && WhenWords().Matches(compact).Any(m => ShipVerbAfter().IsMatch(compact.AsSpan(m.Index + m.Length)) || Redated().IsMatch(compact));
    }

    [GeneratedRegex("改|换|不是|更正|重新")]
    private static partial Regex Redated();

    [GeneratedRegex("[吗么嘛?]|到哪|物流|单号|发了没|发没发")]
    private static partial Regex AsksAfterParcel();

    [GeneratedRegex("(号|日|[一二三四五六日天]|月底|月初|周末)(才|再|就)?(能)?(回|到家|在家)")]
    private static partial Regex BackOn();

    /// <summary>
    /// "27号之后再发", "27号之前别寄", "等我28号回来再发": a day before which the order must not leave; "才发现" (just
    /// noticed) is no shipping verb.
    /// </summary>
    [GeneratedRegex("(之后|以后|后)(再|才)?(发|寄|送)(?!现)|(之前|以前|前)[^，,。]{0,4}(别|不要|不能|先别|千万别)(发|寄|送)|(再|才)(发|寄|送)(?!现)")]
    private static partial Regex LaterWish();

    [GeneratedRegex("^(再|在|才|后|之后|以后)?(发|寄|送)")]
    private static partial Regex ShipVerbAfter();

    /// <summary>The times a hold names; a house number ("平江路6号", "6号楼") is no day.</summary>
    [GeneratedRegex("(下下?个?月|[0-9一二三四五六七八九十]+月)(初|中|底|[0-9一二三四五六七八九十]+(号|日))(之?后|以后)?|下下?(周|週|个?星期|个?礼拜)[一二三四五六日天]?(之?后|以后)?|(这个?|本)?(周|週|星期|礼拜)[一二三四五六日天](之?后|以后)?|下个?月(初|中|底)?|月底|月初|月中|(过|晚)(几|两|三|一)天|过段时间|过一阵|周末|(?<![路街道巷弄村])[0-9一二三四五六七八九十]+(号|日)(?![楼栋幢院室])(之?后|以后)?|节后|年后|过完年|国庆(之?后)?|元旦(之?后)?|开学(之?后)?|[0-9一二三四五六七八九十两]+(天|周|个月)(之?后|以后)")]
    private static partial Regex WhenWords();
}
