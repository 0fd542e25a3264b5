using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Policy answers that depend on the buyer's own order: a courier asking for an extra fee (a complaint about the
/// courier: recorded and handed over), two orders shipped together, price protection for the item bought, a closed
/// order. Any other entry is answered with its text.
/// </summary>
public static partial class PolicyTopics
{
    public const string CourierFee = "courier-delivery-fee";
    public const string CourierChoice = "courier-choice";
    public const string CombineShipping = "combine-shipping";
    public const string PriceProtection = "price-protection";
    public const string OrderClosed = "order-closed";
    public const string SplitShipment = "split-shipment";
    public const string Coupons = "coupons";
    public const string CouponUse = "coupon-use";
    public const string NoReasonReturn = "no-reason-return";
    public const string ReturnHow = "return-how";
    public const string ReturnPostage = "return-postage";
    public const string Restock = "restock";
    public const string InvoicePolicy = "invoice";

    /// <summary>Why a person is called for a courier who asks the buyer for more money.</summary>
    public const string CourierFeeReason = "courier_fee";

    public static async Task AnswerAsync(FlowContext context, Policies.PolicyMatch match, CancellationToken cancellationToken, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(match);
        var said = match.Entry.Id switch
        {
            CourierFee => await CourierFeeAsync(context, cancellationToken).ConfigureAwait(false),
            CombineShipping => await CombineAsync(context, cancellationToken).ConfigureAwait(false),
            PriceProtection => TellsPriceProtectionOfOrder(context),
            OrderClosed => ClosedOrder(context),
            SplitShipment => SplitOrder(context),
            // "有没有yhq 领券那里啥也没有": the empty column, answered already in this turn, is the whole answer.
            Coupons when ColumnEmptySaid().IsMatch(context.Compact) && context.Replies.Count > 0 => true,
            // "还没付款 有没有券可以用": where coupons are found, never why one will not apply.
            Coupons or CouponUse => CouponAsked().IsMatch(context.Normalized) && !CouponFails().IsMatch(context.Normalized)
                ? ForOrder(context, "policy_topics.coupons_where_unpaid", o => o.Status == OrderStatus.AwaitingPayment)
                : CouponTrouble().IsMatch(context.Normalized) && ForOrder(context, "policy_topics.coupons_unpaid", o => o.Status == OrderStatus.AwaitingPayment),
            // Right after a quality case: its return's postage and address, never the no-reason rules beside them.
            ReturnPostage => NoReasonPostage(context) || QualityReturnQuestions.TryAnswer(context),
            ReturnHow => QualityReturnQuestions.TryAnswer(context) || RefundPendingReturn(context),
            RefuseDelivery => await InterceptAsync(context, cancellationToken).ConfigureAwait(false),
            // "五天都发不出来 是不是没货了" about a paid order past the shipping promise: that order, never the page's restock advice.
            Restock => StockOfPaidOrder(context),
            _ => false,
        };
        if (said)
        {
            context.State.RememberPolicy(match.Entry.Id);
            context.MarkAnswered(question ?? context.Text);
            return;
        }

        // Asked again ("老顾客了 少十块呗" after the price answer): what more there is to say, not the same text.
        if (context.State.AnsweredPolicies.Contains(match.Entry.Id, StringComparer.Ordinal) && match.Entry.More is { } more
            && !context.State.SaidReplies.Any(r => r.Contains(more, StringComparison.Ordinal)))
        {
            context.Say("policy.more", new Dictionary<string, string?> { [Templates.TemplateSlots.PolicyText] = more });
            context.MarkAnswered(question ?? context.Text);
            return;
        }

        await PolicyReply.SayAsync(context, match, cancellationToken, question).ConfigureAwait(false);
    }

    /// <summary>"是不是没货了" about a paid order past the shipping promise, also while queued: that order, never the restock advice.</summary>
    public static bool TellsStockOfPaidOrder(FlowContext context, Policies.PolicyMatch match)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(match);
        if (match.Entry.Id != Restock || !StockOfPaidOrder(context))
        {
            return false;
        }

        context.State.RememberPolicy(match.Entry.Id);
        context.MarkAnswered(context.Text);
        return true;
    }

    private static bool StockOfPaidOrder(FlowContext context) =>
        ForOrder(context, "policy_topics.stock_of_paid_order", o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay
            && context.Services.Orders.Facts(o).IsPastShippingPromise);

    /// <summary>"优惠券用不了", "花呗用不了": a topic about paying, where "用不了" names no fault of the goods.</summary>
    public static bool AboutPaying(string policyId) => policyId is Coupons or CouponUse or "payment-failed" or "credit-card" or "instalments";

    /// <summary>
    /// The intent's own flow answers better: price protection with no one order to name, a paid order that was
    /// cancelled (its flow brings a person to check the money), a no-reason return with goods sent to check against.
    /// </summary>
    public static bool LeftToFlow(FlowContext context, string policyId, string intent)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (policyId, intent) switch
        {
            (PriceProtection, Intents.IntentIds.PriceProtection) => Pick(context, PriceProtected) is null,
            (OrderClosed, Intents.IntentIds.RestoreOrder) => Pick(context, o => o.Status == OrderStatus.Closed) is { PaidAt: not null },
            // "没穿过 吊牌都在 能退吗": the flow says the same rules against the order's own dates.
            (NoReasonReturn, Intents.IntentIds.NoReasonReturn) => context.Services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status is OrderStatus.Shipped or OrderStatus.Completed),
            // "凭什么让我出运费": a dispute of the postage, which the flow answers with when the shop would pay it.
            (ReturnPostage, Intents.IntentIds.NoReasonReturn) => Flows.NoReasonReturnFlow.DisputesPostage(context.Normalized),
            // "包上有块污渍 退货 运费你们出": a defect's return chosen beside its postage, which the quality flow records and answers.
            (ReturnPostage, Intents.IntentIds.QualityReturn) => Flows.QualityReturnFlow.ChoosesBesidePostage(context),
            // "枕套想退 寄到哪": the named order's return window comes before where to send it.
            (ReturnHow, Intents.IntentIds.NoReasonReturn) => OrderResolver.Named(context).Count > 0,
            // "我的T卹寄到哪裡了": where the buyer's own parcel has got to, never where a return is sent.
            (ReturnHow, Intents.IntentIds.Track) => !SendsBack().IsMatch(context.Compact),
            // "纸质发票能随货一起发吗": the invoice sent with the goods, which the invoice flow answers, never two orders packed together.
            (CombineShipping, Intents.IntentIds.Invoice) => context.Compact.Contains("发票", StringComparison.Ordinal),
            // "公司抬头… 税号… 发到…@163.com 几天能开好": details given up front are the flow's to record, then it tells the time.
            (InvoicePolicy, Intents.IntentIds.Invoice) => context.Facts.Invoice is { } given && (given.Title ?? given.TaxNumber ?? given.InvalidTaxNumber ?? given.Email) is not null,
            // "圆通好几天都没动过 你们发的到底是什么快递": a parcel stuck on the road vented about, never which courier the shop uses.
            (CourierChoice, Intents.IntentIds.Track or Intents.IntentIds.Complaint or Intents.IntentIds.Hurry)
                => Flows.TrackSituations.Of(context.Normalized, context.Facts.Cues) is Flows.TrackSituation.Stalled or Flows.TrackSituation.NotReceived,
            _ => false,
        };
    }

    /// <summary>
    /// "刚买的杯子就降了10块" read as something else: the price-protection rule, for the order bought when one fits,
    /// else in general.
    /// </summary>
    public static void TellPriceProtection(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TellsPriceProtectionOfOrder(context))
        {
            context.Say("price_protection.explain");
        }

        context.State.RememberPolicy(PriceProtection);
    }

    /// <summary>
    /// "退货运费谁出 有运费险没" right after a no-reason return was talked through: the postage of that return only,
    /// never the quality case's rules beside it; past the window, that no such return (nor its postage) is left.
    /// </summary>
    private static bool NoReasonPostage(FlowContext context)
    {
        if (context.State.LastFlow != Intents.IntentIds.NoReasonReturn || context.State.LastOrderNumber is not { } number
            || Flows.QualityProblems.NamesAProblem(context.Normalized) || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        if (PostageAccepted.TryAnswer(context, number))
        {
            return true;
        }

        if (ExchangePostage(context, number, context.SlotsOf(order)))
        {
            return true;
        }

        // Told the window has passed, the buyer has no no-reason return whose postage could be asked about.
        var past = context.Told(Flows.NoReasonReturnFlow.OutsideWindow, number) || context.Told(Flows.NoReasonReturnFlow.OutsideWindow + "_colour", number);
        // "我没买运费险": the insurance the buyer says they lack is not held out to them.
        context.Say(past ? "policy_topics.return_postage_past_window" : Uninsured().IsMatch(context.Compact) ? "policy_topics.return_postage_uninsured"
            : "policy_topics.return_postage_no_reason", context.SlotsOf(order));
        return true;
    }

    private static bool PriceProtected(Order order) => order.PaidAt is not null && order.Status != OrderStatus.Closed;

    /// <summary>
    /// Price protection for the order bought; one paid and not shipped also hears the other way, refunding it and
    /// ordering again at the page's price.
    /// </summary>
    private static bool TellsPriceProtectionOfOrder(FlowContext context) =>
        Pick(context, PriceProtected) is { } order
        && ForOrder(context, order is { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false }
            ? "policy_topics.price_protection_order_unshipped" : "policy_topics.price_protection_order", PriceProtected);

    /// <summary>The order the buyer named among those that fit, or their only fitting one.</summary>
    private static Order? Pick(FlowContext context, Func<Order, bool> fits)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(fits).ToList();
        var named = context.Facts.MatchedOrderNumbers.Select(n => orders.FirstOrDefault(o => o.OrderNumber == n)).OfType<Order>().FirstOrDefault();
        return named ?? (orders.Count == 1 ? orders[0] : null);
    }

    /// <summary>Delivery is part of what the buyer paid: the courier is followed up and a person takes it from there.</summary>
    private static async Task<bool> CourierFeeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (Pick(context, o => o.Status == OrderStatus.Shipped) is not { } order)
        {
            return false;
        }

        await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, CourierFeeFollowUp.NoteStart + "或让买家自取：运费已含送货，请联系快递正常派送", cancellationToken).ConfigureAwait(false);
        context.Say("policy_topics.courier_fee_recorded", context.SlotsOf(order));
        context.NeedPerson(CourierFeeReason);
        return true;
    }

    private static bool ForOrder(FlowContext context, string templateId, Func<Order, bool> fits)
    {
        if (Pick(context, fits) is not { } order)
        {
            return false;
        }

        context.Say(templateId, context.SlotsOf(order));
        // "不退差价我就退货" next is about this order: it is the one in focus.
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    /// <summary>
    /// "要不要寄回去？寄哪" about the shipped order whose refund the buyer already asked for: no "apply first", the refund
    /// page shows whether and where to send it once the shop agrees.
    /// </summary>
    private static bool RefundPendingReturn(FlowContext context)
    {
        if (context.State.ActiveFlow is not null || (context.Facts.MatchedOrderNumbers.FirstOrDefault() ?? context.State.LastOrderNumber) is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { HasRefundUnderWay: true, Status: OrderStatus.Shipped or OrderStatus.Completed } order)
        {
            return false;
        }

        context.Say("policy_topics.return_how_refund_pending", context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    /// <summary>
    /// A closed order: never paid (closed when payment timed out, nothing taken), or paid (refunded or not: a person
    /// confirms where the money is).
    /// </summary>
    private static bool ClosedOrder(FlowContext context)
    {
        if (Pick(context, o => o.Status == OrderStatus.Closed) is not { } order)
        {
            return false;
        }

        var situation = order switch
        {
            { PaidAt: null } => "policy_topics.closed_unpaid",
            { Refund: RefundStatus.Succeeded } => "policy_topics.closed_refunded",
            _ => "policy_topics.closed_paid",
        };
        context.Say(situation, context.SlotsOf(order));
        if (order.PaidAt is not null)
        {
            context.NeedPerson(Intents.IntentIds.RestoreOrder);
        }

        return true;
    }

    /// <summary>
    /// "两个杯子能分开寄两个地址吗": the order named (or the only one of several pieces still open) already shipped in
    /// one parcel cannot be split, it can be forwarded after receipt; one still waiting ships whole to one address.
    /// </summary>
    private static bool SplitOrder(FlowContext context)
    {
        var order = Pick(context, o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped)
            ?? Pick(context, o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped && o.Quantity > 1);
        if (order is null)
        {
            return false;
        }

        // "那就是不行了？" after hearing it: confirmed in a word, never the same explanation again.
        var template = order.Status != OrderStatus.Shipped ? "policy_topics.split_unshipped"
            : context.State.Told("policy_topics.split_shipped", order.OrderNumber) ? "policy_topics.split_confirmed" : "policy_topics.split_shipped";
        context.Say(template, context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    // "有没有券", "有券吗", "有啥优惠": whether there are coupons at all.
    [GeneratedRegex("有没有(?:优惠)?券|有(?:优惠)?券(?:吗|嘛|么|没|不)|有(?:什么|啥)(?:优惠)?券|有没有优惠|有(?:什么|啥)优惠|有优惠(?:吗|嘛|么|没)")]
    private static partial Regex CouponAsked();

    [GeneratedRegex("勾不上|勾不了|用不了|用不上|不能用|选不了|没法用|满多少")]
    private static partial Regex CouponFails();

    [GeneratedRegex("领券.{0,6}(?:空|没有|没东西|没显示|没看到|(?:啥|什么)(?:也|都)没)")]
    private static partial Regex ColumnEmptySaid();

    // "券勾不上", "我还没付款呢 券为什么用不了": a coupon that will not apply to an order not paid yet.
    [GeneratedRegex("勾不上|勾不了|用不了|用不上|不能用|选不了|没法用|还没付|没付款|未付款|满多少")]
    private static partial Regex CouponTrouble();

    /// <summary>"退货寄到哪", "换货寄回哪里", "要寄回去吗": goods going back to the shop, not a parcel on its way to the buyer.</summary>
    [GeneratedRegex("退|换|寄回|寄还|返|地址")]
    private static partial Regex SendsBack();
}
