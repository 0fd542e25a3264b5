using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Compensation instead of a return: recorded within what the bot may give, offered first when more is asked.</summary>
public sealed partial class QualityReturnFlow
{
    private static async Task RecordCompensationAsync(FlowContext context, Order order, decimal amount, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var notInHand = await NotInHandAsync(context, order, cancellationToken).ConfigureAwait(false);
        var description = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(notInHand ? "包裹未收到" : "买家保留商品")}，接受补偿{amount:0.##}元");
        await context.Actions.RequestCompensationAsync(context.Turn, order.OrderNumber, amount, description, cancellationToken).ConfigureAwait(false);
        context.Say(notInHand ? "quality_return.compensation_recorded_not_received" : "quality_return.compensation_recorded", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.Amount] = amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        });
        context.Finish();
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

    [System.Text.RegularExpressions.GeneratedRegex("运费|邮费|快递费")]
    private static partial System.Text.RegularExpressions.Regex PostageWords();

    /// <summary>"运费你们给补吗", "邮费能退吗": postage asked back, without the word 补偿.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("(?:运费|邮费|快递费).{0,4}(?:补|退|赔|报销|返)")]
    private static partial System.Text.RegularExpressions.Regex PostageAsked();

    /// <summary>A compensation the buyer accepts without naming a sum: recorded up to what the bot may grant.</summary>
    private static async Task RecordSmallCompensationAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var cap = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var notInHand = await NotInHandAsync(context, order, cancellationToken).ConfigureAwait(false);
        // The problem told in this chat goes first, so the colleague who fixes the sum knows what it is for.
        var problem = !notInHand && context.State.Values.GetValueOrDefault(DescriptionKey) is { Length: > 0 } told ? $"{told}；" : string.Empty;
        await context.Actions.RequestCompensationAsync(context.Turn, order.OrderNumber, 0m, $"{problem}{(notInHand ? "包裹未收到" : "买家保留商品")}，接受小额补偿（不超过{cap}元，金额由同事核定）", cancellationToken).ConfigureAwait(false);
        context.Say(notInHand ? "quality_return.compensation_accepted_not_received" : "quality_return.compensation_accepted", new Dictionary<string, string?>(slots) { [Templates.TemplateSlots.Amount] = cap });
        context.Finish();
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
