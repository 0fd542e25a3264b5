using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A problem with goods received: the order, what is wrong (damaged, missing pieces, the wrong item, not working or
/// another defect), photos (image attachments, or later when the buyer cannot take them now), then a case a person
/// reviews: a return, an exchange (the wrong item, or the buyer asks for one), a reshipment of what is missing, a
/// repair (the buyer wants it fixed, not refunded) or only a report (the buyer asks for nothing yet). A missing item
/// is not photographed: the package or its label is asked for, or nothing. Damage in transport before delivery is refused at the door; an opened parcel is not. A small compensation within
/// what the bot may offer is recorded; more goes to a supervisor. With photos the chat goes to a person, who reviews
/// them and settles the case; with photos to come the case is recorded and the buyer waits for no one.
/// </summary>
public sealed partial class QualityReturnFlow : IDialogFlow
{
    public const string QualityReview = "quality_review";
    public const string Compensation = "compensation";
    private const string DescriptionKey = "description";
    private const string PhotosKey = "photos";
    private const string PhotosLaterKey = "photos_later";
    private const string PhotosSaidSentKey = "photos_said_sent";
    private const string OfferedKey = "compensation_offered";
    private const string AskedAboveLimitKey = "compensation_asked_above_limit";
    private const string WithinLimitOfferedKey = "compensation_within_limit_offered";
    private const string WishKey = "wish";
    private const string ClosedUnpaid = "quality_return.closed_unpaid";
    private const string RepairWish = "repair";
    private const string ReportWish = "report";
    private const string ExchangeWish = "exchange";
    private const string RefundWish = "refund";
    private const string ReshipWish = "reship";
    private const string RefusedKey = "refused_remedies";
    private const string WantedSpecKey = "wanted_spec";
    private const string RemedyOfferedKey = "remedy_offered";
    private const string RemediesKey = "remedies";
    private const string AllRefusedKey = "remedies_all_refused";
    private const string NeededByKey = "needed_by";

    /// <summary>The note on a quality report whose remedy the buyer has not chosen yet.</summary>
    private const string RemedyOpenNote = "买家还没选处理方式，请同事与买家商定";

    /// <summary>
    /// Days after shipment within which a quality problem is taken as a return or exchange without a person deciding:
    /// about ten days to confirm receipt, the fifteen after the trade is completed that the policy names, and a few days of grace.
    /// </summary>
    public const double AfterSalesWindowDays = 30;

    public string Intent => IntentIds.QualityReturn;

    /// <summary>The photos asked for come later (a person takes over meanwhile): the next run records the case without them.</summary>
    public static void PhotosToFollow(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Values[PhotosLaterKey] = "yes";
    }

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        // "我再想想", "都不要" once a remedy was turned down: the problem stands, so it is recorded, never only held off.
        if (LeavesRemedies(context))
        {
            state.Values[AllRefusedKey] = "yes";
        }
        else if (Hesitation.TryHoldOff(context) || AnswersSelfCause(context))
        {
            return;
        }

        KeepPhotos(context);
        UnboxingEvidence.Keep(context);
        KeepPhotosSaidSent(context);

        ReadUsage(context);
        // "行，补偿几块就行" or "可以" after the offer takes it; "补偿几块就行" on its own asks for a small one.
        // "不要什么补偿 我要退货退款": a compensation turned down is never taken, whatever else the line says.
        var acceptsSmall = !RefusesCompensation(context.Compact) && ((state.Values.ContainsKey(OfferedKey) && AcceptsOffer(context.Compact))
            || FollowUpRequests.Of(context.Normalized) == FollowUpRequest.Compensate
            || ChoosesCompensation(context)
            // "你们看着补吧" once compensation is the talk: taken, with the sum left to the shop.
            || (LeavesSumToShop(context.Compact) && (CompensationChosen().IsMatch(context.Compact) || state.Values.ContainsKey(OfferedKey) || state.Step == DialogSteps.AskCompensation)));
        if (!acceptsSmall)
        {
            ReadDescription(context);
            ReadLabelSize(context);
            ReadWish(context);
        }
        else if (QualityProblems.Of(context.Normalized) is not null)
        {
            // "线头挺长 不影响用 给点补偿就算了": the problem told with the compensation is what the compensation is for.
            ReadDescription(context);
        }
        if (Defers(context))
        {
            state.Values[PhotosLaterKey] = "yes";
        }

        KeepNeededBy(context);

        // "不想寄来寄去 直接退一个杯子的钱" about the order in talk: a supervisor's call, never the return turned down.
        var known = (state.OrderNumber ?? RecordedHere(state)) is { } talked ? context.Services.Orders.Find(context.Input.BuyerId, talked) : null;
        if (await AsksHalfPriceAsync(context, known, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var amount = AskedAmount(context);
        var cap = context.Services.Options.MaxBotCompensation;
        // More than the bot may give: what it may give is offered first; a person only when the buyer turns that down
        // or insists on more.
        var offeredWithin = state.Values.ContainsKey(WithinLimitOfferedKey);
        // Part of the money back above what the bot may give is recorded at the sum asked, for a supervisor.
        var partial = state.Values.GetValueOrDefault(WishKey) == PartialRefundWish;
        // The policy's sum already told (offered, or named when the sum was asked): more asked goes to a supervisor, recorded.
        // The compensation offer itself names the policy's sum, so more asked after it ("至少补个30") is insisting too.
        var insisted = offeredWithin || ((state.Values.ContainsKey(PartialSumAskedKey) || state.Values.ContainsKey(OfferedKey) || SmallSumRefused(context.Compact)) && !partial)
            // The case recorded in this chat offered the remedies with the policy's sum: more asked after it is a supervisor's.
            || (amount > cap && !partial && await StandsRecordedAsync(context, cancellationToken).ConfigureAwait(false));
        if ((amount > cap && insisted && !partial) || (offeredWithin && amount is null && RefusesOffer(context)))
        {
            await EscalateCompensationAsync(context, amount, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (amount > cap && !partial)
        {
            state.Values[AskedAboveLimitKey] = amount.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!acceptsSmall && amount is null && await RefundsBrokenPiecesAsync(context, known, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (!acceptsSmall && await RefundsKeptGoodsAsync(context, known, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (!acceptsSmall && amount is null && await ReshipsWithOtherAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (!acceptsSmall && amount is null && !offeredWithin && await FollowsRecordedCaseAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var order = OrderResolver.Resolve(context, "quality_return", o => o.Status is OrderStatus.Shipped or OrderStatus.Completed && FitsSizeTold(context, o));
        if (order is null)
        {
            return;
        }

        var slots = context.SlotsOf(order);
        if (GoodsClaimedUnshipped.TryTell(context, order))
        {
            return;
        }

        // "餐具收到了 有个碗裂了" about an order this account never paid: nothing was shipped on it, so the goods in hand
        // came from another account or shop; no claim is opened on it.
        if (order is { Status: OrderStatus.Closed, PaidAt: null })
        {
            context.Say(context.Told(ClosedUnpaid, order.OrderNumber) ? ClosedUnpaid + "_again" : ClosedUnpaid, slots);
            context.Finish();
            return;
        }

        if (order.Status == OrderStatus.Closed)
        {
            context.Say("track.closed", slots);
            context.Finish();
            return;
        }

        // "起码补个50" after a compensation within the cap was recorded here: that one is turned down, a supervisor decides.
        if (amount > cap && !partial && (await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, CaseKind.Compensation).ConfigureAwait(false)).Count > 0)
        {
            await EscalateCompensationAsync(context, amount, cancellationToken).ConfigureAwait(false);
            return;
        }

        // "我要的是藏青色 来的是白的" about an order that says 奶白色: sent as ordered, never a shop-paid exchange.
        // "我拍了两个 怎么只到了一个" about an order of one piece: its count told, never a reship recorded from the claim.
        // "怎么是XL的 我明明拍的L" about an order of XL: sent as ordered, a no-reason exchange at the buyer's postage.
        if (ColourAsOrdered.TryTell(context, order) || SizeAsOrdered.TryTell(context, order) || CountAsOrdered.TryTell(context, order))
        {
            return;
        }

        if (!acceptsSmall && await RefundsKeptGoodsAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (state.Values.TryGetValue(AskedAboveLimitKey, out var asked) && !offeredWithin)
        {
            OfferWithinLimit(context, slots, asked!);
            return;
        }

        if (partial && amount > cap)
        {
            await RecordPartialRefundAboveCapAsync(context, order, amount.Value, slots, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (amount > cap)
        {
            amount = null;
        }

        // "你们看着补吧": the sum is left to the shop, so what the policy lets the bot give is recorded, never asked to pick.
        if (acceptsSmall && amount is null && !partial && LeavesSumToShop(context.Compact))
        {
            amount = cap;
        }

        // "那就补偿吧" with no sum: the sum is asked (two within the cap, or the buyer's own), never recorded without one.
        if (acceptsSmall && amount is null && !TakesOffer(context) && !state.Values.ContainsKey(PartialCapOfferedKey))
        {
            if (!partial && await ExtraCompensationAsync(context, order.OrderNumber, slots, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            AskSettlementSum(context, order.OrderNumber);
            return;
        }

        if (amount is not null || acceptsSmall)
        {
            await WithdrawReplacedAsync(context, order.OrderNumber, partial ? "买家改为保留商品、部分退款" : "买家改为保留商品、接受补偿", cancellationToken).ConfigureAwait(false);
        }

        // The cap offered for part of the money back, or instead of a larger sum asked, and taken: that sum is recorded.
        var capTaken = acceptsSmall && (state.Values.ContainsKey(PartialCapOfferedKey) || offeredWithin);
        if ((amount ?? (capTaken ? cap : (decimal?)null)) is { } accepted)
        {
            await RecordCompensationAsync(context, order, accepted, slots, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (acceptsSmall)
        {
            await RecordSmallCompensationAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
            return;
        }

        // "半个月了都没收到 不要补发了 退钱吧": a parcel never received is no quality problem; where it is, or a lost parcel.
        if (state.Step == null && order.Status == OrderStatus.Shipped && context.Facts.Cues.NeverGot
            && QualityProblems.Of(context.Normalized) is null && !QualityProblems.AlreadyOpened(context.Normalized))
        {
            await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
            context.Finish();
            return;
        }

        // "晃了一下里面哗啦响 估计碗碎了" after the door-side advice, the box still unopened: refusing it is still the answer.
        // "签还是不签" with the courier waiting and the goods seen broken: refuse it, whatever step the flow was at.
        if (order.Status == OrderStatus.Shipped && ((state.Step == null && (TrackSituations.IsDoorSideDamage(context.Normalized) || TrackFlow.StillAtDoor(context, order))) || TrackFlow.DamageSeenAtDoor(context)))
        {
            await TrackFlow.AdviseDoorSideDamageAsync(context, order, cancellationToken).ConfigureAwait(false);
            context.Finish();
            return;
        }

        // "能赔多少" while the offer waits: the cap and who fixes the sum, and the offer still stands.
        if (state.Values.ContainsKey(OfferedKey) && Reversal.AsksCompensationSum(context.Normalized))
        {
            SayCap(context, slots);
            return;
        }

        if (state.Step == null && (CompensationWords().IsMatch(context.Normalized) || PostageAsked().IsMatch(context.Normalized)))
        {
            OfferCompensation(context, order, slots);
            state.Values[OfferedKey] = "yes";
            // "漆掉了一块 能赔点吗": the compensation asked for is the one question now, not a menu of remedies besides.
            if (CompensationWords().IsMatch(context.Normalized))
            {
                context.Suggest("可以", "还是退换吧");
                context.Await(DialogSteps.AskCompensation);
                return;
            }
        }

        await NextAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
    }
}
