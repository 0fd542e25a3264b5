using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Compensation instead of a return: recorded within what the bot may give, offered first when more is asked.</summary>
public sealed partial class QualityReturnFlow
{
    private static async Task RecordCompensationAsync(FlowContext context, Order order, decimal amount, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var told = await ProblemToldAsync(context, order, cancellationToken).ConfigureAwait(false);
        var notInHand = told is null && await NotInHandAsync(context, order, cancellationToken).ConfigureAwait(false);
        var problem = told is null ? string.Empty : $"{told}；";
        var settled = context.State.Values.GetValueOrDefault(WishKey) == PartialRefundWish ? "部分退款" : "接受补偿";
        var description = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{problem}{(notInHand ? "包裹未收到" : "买家保留商品")}，{settled}{amount:0.##}元");
        await context.Actions.RequestCompensationAsync(context.Turn, order.OrderNumber, amount, description, cancellationToken).ConfigureAwait(false);
        // "图我晚上拍给你": the photos put off are acknowledged with the sum, never asked for again.
        var template = notInHand ? "quality_return.compensation_recorded_not_received"
            : settled == "部分退款" ? "quality_return.partial_refund_amount_recorded"
            : context.State.Values.ContainsKey(PhotosLaterKey) ? "quality_return.compensation_recorded_photos_later" : "quality_return.compensation_recorded";
        context.Say(template, new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.Amount] = amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        });
        context.Finish();
    }

    /// <summary>
    /// More than the bot may give asked after the policy's sum was told: a supervisor takes it, with a record of the sum
    /// asked, the order and the problem (what it replaces withdrawn), so the buyer is never offered the same sum again.
    /// </summary>
    private static async Task EscalateCompensationAsync(FlowContext context, decimal? amount, CancellationToken cancellationToken)
    {
        var state = context.State;
        var cap = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        if (state.OrderNumber is { } number && context.Services.Orders.Find(context.Input.BuyerId, number) is { } order)
        {
            var askedText = amount?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? state.Values.GetValueOrDefault(AskedAboveLimitKey);
            var asked = askedText is null ? $"不接受{cap}元，要求更多补偿" : $"要求补偿{askedText}元";
            var sum = amount ?? (decimal.TryParse(askedText, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var earlier) ? earlier : 0m);
            await HandToSupervisorAsync(context, order, sum, asked, cancellationToken).ConfigureAwait(false);
            // "不想退货 直接赔我50": a return turned down is not offered back as the way round the wait.
            var returnRefused = RefusedRemedies(context.Normalized).Contains(RefundWish) || Refused(state).Contains(RefundWish);
            context.Say(returnRefused ? "quality_return.needs_supervisor_recorded_kept" : "quality_return.needs_supervisor_recorded", new Dictionary<string, string?>(context.SlotsOf(order)) { [Templates.TemplateSlots.Amount] = cap });
        }
        else
        {
            context.Say("quality_return.needs_supervisor");
        }

        context.NeedPerson(Compensation);
        context.Finish();
    }

    /// <summary>
    /// The supervisor's record of a sum above the limit (what it replaces withdrawn, a smaller sum this chat recorded
    /// turned down), with the problem told, so the buyer is never offered the same sum again.
    /// </summary>
    private static async Task HandToSupervisorAsync(FlowContext context, Order order, decimal sum, string asked, CancellationToken cancellationToken)
    {
        var cap = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        await WithdrawReplacedAsync(context, order.OrderNumber, "买家改为保留商品、要求补偿", cancellationToken).ConfigureAwait(false);
        // A smaller sum this chat recorded as taken is turned down now: it gives way to the supervisor's record.
        foreach (var refused in await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, CaseKind.Compensation).ConfigureAwait(false))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, refused.Id, $"买家不接受这笔补偿，{asked}，转主管审核", cancellationToken).ConfigureAwait(false);
        }

        var told = await ProblemToldAsync(context, order, cancellationToken).ConfigureAwait(false);
        var problem = told is null ? string.Empty : $"{told}；";
        await context.Actions.RequestCompensationAsync(context.Turn, order.OrderNumber, sum, $"{problem}买家保留商品，{asked}，超出客服可给的{cap}元，请主管审核", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "少于50我不接受 你做不了主就找个能做主的来" while the sum the bot may give waits for a yes or a no: the person asked
    /// for is the supervisor who decides the sum, so the compensation asked is recorded for them before the handover,
    /// never left in the chat alone. False when no sum above the limit waits for an answer.
    /// </summary>
    public static async Task<bool> EscalatesSumWaitingAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow != IntentIds.QualityReturn || state.Step != DialogSteps.AskCompensation
            || !state.Values.ContainsKey(WithinLimitOfferedKey) || state.Values.GetValueOrDefault(WishKey) == PartialRefundWish)
        {
            return false;
        }

        var amount = AskedAmount(context);
        await EscalateCompensationAsync(context, amount > context.Services.Options.MaxBotCompensation ? amount : null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The buyer asked for more than <see cref="DialogOptions.MaxBotCompensation"/>: what the bot may give is offered,
    /// and the flow waits for a yes (recorded) or a no (a supervisor).
    /// </summary>
    private static void OfferWithinLimit(FlowContext context, IReadOnlyDictionary<string, string?> slots, string asked)
    {
        context.State.Values[WithinLimitOfferedKey] = "yes";
        context.State.Values[OfferedKey] = "yes";
        context.Say("quality_return.within_limit_offer", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.Amount] = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            [Templates.TemplateSlots.AskedAmount] = asked,
        });
        context.Suggest("可以", "不接受");
        context.Await(DialogSteps.AskCompensation);
    }

    /// <summary>
    /// Compensation to keep the goods, offered up to what the bot may give. A buyer who asks for postage on a
    /// free-shipping order (买家应付邮费 0) is told the order paid none, so no postage is refunded, only the small sum.
    /// </summary>
    private static void OfferCompensation(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots)
    {
        var freeShipping = order.Postage == 0m && PostageWords().IsMatch(context.Normalized);
        context.Say(freeShipping ? "quality_return.compensation_offer_free_shipping" : "quality_return.compensation_offer", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.Amount] = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>The most the bot may give, asked before the offer was taken; the offer still waits for a yes or a no.</summary>
    private static void SayCap(FlowContext context, IReadOnlyDictionary<string, string?> slots)
    {
        context.Say("quality_return.compensation_cap_offered", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.Amount] = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        });
        context.Suggest("可以", "还是退换吧");
        context.Await(DialogSteps.AskCompensation);
    }

    /// <summary>
    /// "10块8块的就别提了", "十块钱就别说了", "5块10块的打发谁呢": the sum the bot may give turned down before it is offered, so more
    /// asked beside it goes to the supervisor at once, never offered the same small sum first.
    /// </summary>
    private static bool SmallSumRefused(string compact) => SmallSumTurnedDown().IsMatch(compact);

    [System.Text.RegularExpressions.GeneratedRegex("(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:块|元)钱?(?:(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:块|元)钱?)?的?(?:就|也|可)?(?:别提|别说|免谈|打发|不够|太少|不行|不接受|不要)")]
    private static partial System.Text.RegularExpressions.Regex SmallSumTurnedDown();

    [System.Text.RegularExpressions.GeneratedRegex("运费|邮费|快递费")]
    private static partial System.Text.RegularExpressions.Regex PostageWords();

    /// <summary>"运费你们给补吗", "邮费能退吗": postage asked back, without the word 补偿.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("(?:运费|邮费|快递费).{0,4}(?:补|退|赔|报销|返)")]
    private static partial System.Text.RegularExpressions.Regex PostageAsked();

    /// <summary>A compensation the buyer accepts without naming a sum: recorded up to what the bot may grant.</summary>
    private static async Task RecordSmallCompensationAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var cap = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        // The problem told in this chat, or on the case it replaces, goes first, so the colleague who fixes the sum knows
        // what it is for; a stain or a tear told means the goods are in hand, whatever else is open on the order.
        var told = await ProblemToldAsync(context, order, cancellationToken).ConfigureAwait(false);
        var notInHand = told is null && await NotInHandAsync(context, order, cancellationToken).ConfigureAwait(false);
        var problem = told is null ? string.Empty : $"{told}；";
        await context.Actions.RequestCompensationAsync(context.Turn, order.OrderNumber, 0m, $"{problem}{(notInHand ? "包裹未收到" : "买家保留商品")}，接受小额补偿（不超过{cap}元，金额由同事核定）", cancellationToken).ConfigureAwait(false);
        context.Say(notInHand ? "quality_return.compensation_accepted_not_received" : "quality_return.compensation_accepted", new Dictionary<string, string?>(slots) { [Templates.TemplateSlots.Amount] = cap });
        context.Finish();
    }

    /// <summary>
    /// The problem this chat was told, or the one the latest return, exchange, reshipment, repair or report on the order
    /// names (withdrawn ones too: "包包不退了 补偿一点" replaces the return), without its notes in brackets; null when none.
    /// </summary>
    private static async Task<string?> ProblemToldAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        if (context.State.Values.GetValueOrDefault(DescriptionKey) is { Length: > 0 } told)
        {
            return ProblemPhrases.WithItem(told, order.Title, context.Services.Analyzer.Products.ProductWords);
        }

        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        // Only what is still open, or what this chat recorded and replaced: another chat's withdrawn return is no reason now.
        var earlier = cases.Where(c => Replaceable.Contains(c.Kind) && !string.IsNullOrEmpty(c.Description)
                && (c.Status == CaseStatus.Open || c.ConversationId == context.Input.ConversationId)
                && !c.Description.Contains(NoReasonReturnFlow.NotQuality, StringComparison.Ordinal))
            .OrderByDescending(c => c.CreatedAt).FirstOrDefault();
        return RecordedProblem.Of(earlier?.Description);
    }

    /// <summary>
    /// A parcel the buyer never got (said so, or a lost-parcel or courier follow-up is open on it): there is no product
    /// to keep using, so the compensation is worded for the parcel.
    /// </summary>
    private static async Task<bool> NotInHandAsync(FlowContext context, Order order, CancellationToken cancellationToken) =>
        order.Status == OrderStatus.Shipped
        // A dent, a tear or a stain named in this chat means the goods are in hand, whatever cases are open on the order.
        && !context.State.Values.ContainsKey(DescriptionKey) && QualityProblems.Of(context.Normalized) is null
        && (context.Facts.Cues.NeverGot
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.LostParcel, CaseKind.LogisticsFollowUp).ConfigureAwait(false) is not null);
}
