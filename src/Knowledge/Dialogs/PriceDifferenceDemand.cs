using System.Text.RegularExpressions;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "差20 退给我", "那20块钱退我" right after price protection was explained for an order: the difference of that order,
/// which the bot itself named, never a list of orders nor a quality problem. The shop cannot refund it by itself, so
/// the buyer hears the sum heard, the way through the order page, and a colleague checks that order.
/// </summary>
public static partial class PriceDifferenceDemand
{
    private const string Area = "price_protection";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || !Demanded().IsMatch(context.Compact)
            || !state.AnsweredPolicies.Contains(PolicyTopics.PriceProtection, StringComparer.Ordinal)
            || state.LastOrderNumber is not { } number
            || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var sum = Sum().Match(context.Compact);
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
        if (sum.Success)
        {
            slots[TemplateSlots.Amount] = sum.Groups["n"].Value;
        }

        context.Say(sum.Success ? $"{Area}.demand" : $"{Area}.demand_no_sum", slots);
        context.NeedPerson(Intents.IntentIds.PriceProtection);
        return true;
    }

    // "差20 退给我", "那20块钱退我", "差价还我", "把差价补给我": the difference asked back, not a question about the rule.
    [GeneratedRegex("(?:[0-9]{1,4}|差价)[^,，。;；?？]{0,6}(?:退|还|返|补)(?:给)?我|(?:退|还|返|补)(?:给)?我[^,，。;；?？]{0,3}(?:[0-9]{1,4}|差价)")]
    private static partial Regex Demanded();

    [GeneratedRegex("(?<![0-9])(?<n>[0-9]{1,4})(?![0-9])")]
    private static partial Regex Sum();
}
