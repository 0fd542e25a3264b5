using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

public sealed partial class DialogEngine
{
    /// <summary>
    /// "四件套多少钱", "杯子现在什么价": the price of the buyer's own order of the product named, from the order, and
    /// today's price left to the product page; a product they never bought gets the product page only. Postage, fees,
    /// refunds and price drops are other questions.
    /// </summary>
    private static async Task<DialogOutcome?> AnswersPriceAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var compact = CompactText.Of(context.Normalized);
        if (context.State.ActiveFlow is not null || !PriceAsked().IsMatch(compact) || NotTheGoodsPrice().IsMatch(compact))
        {
            return null;
        }

        var named = context.Facts.OrderReferences.FirstOrDefault(r => r.Evidence == OrderEvidence.Product && r.OrderNumbers.Count > 0);
        if (named is not null && context.Services.Orders.Find(context.Input.BuyerId, named.OrderNumbers[0]) is { } order)
        {
            context.Say("listen_known.price_of_order", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
            {
                [TemplateSlots.Amount] = order.AmountDue.ToString("0.##", CultureInfo.InvariantCulture),
            });
            context.State.LastOrderNumber = order.OrderNumber;
            await SecondTopic.AddAsync(context, null, cancellationToken).ConfigureAwait(false);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (context.Facts.UnownedProduct is { } product)
        {
            context.Say("listen_known.price_unowned", new Dictionary<string, string?> { [TemplateSlots.ItemTitle] = product.ToUpperInvariant() });
            await SecondTopic.AddAsync(context, null, cancellationToken).ConfigureAwait(false);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        return null;
    }

    /// <summary>True when the text asks what the goods cost ("别跟我说几块钱 起码补30" asks for money, not a price).</summary>
    internal static bool AsksPrice(string text) => PriceAsked().IsMatch(CompactText.Of(text));

    [GeneratedRegex("多少钱|什么价|啥价|几块钱|价格多少|价格是多少|多少价|价钱|卖多少|怎么卖(?![完光断空])|售价|现价")]
    private static partial Regex PriceAsked();

    [GeneratedRegex("运费|邮费|快递费|手续费|补偿|赔|补个?[0-9两二三四五六七八九十几]|起码|至少|最少|退款|退钱|退多少|退了多少|退回|差价|降价|价保|保价|便宜了|贵了|发票|税|到账|扣")]
    private static partial Regex NotTheGoodsPrice();
}
