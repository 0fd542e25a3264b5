using System.Text.RegularExpressions;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "差20 退给我", "那20块钱退我" right after price protection was explained for an order: the difference of that order,
/// which the bot itself named, never a list of orders nor a quality problem. The shop cannot refund it by itself, so
/// the buyer hears the sum heard, the way through the order page, and plainly that nothing else refunds it: no
/// colleague is called, which would promise what the shop cannot do.
/// </summary>
public static partial class PriceDifferenceDemand
{
    private const string Area = "price_protection";
    private const string AskPagePrice = Area + ".demand_ask_page_price";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || !Demanded().IsMatch(context.Compact)
            || !Told(state)
            || state.LastOrderNumber is not { } number
            || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        // "一个降了20 两个差40": the sum after 差 (or 一共) is the difference claimed, before any other number.
        var sum = CountedSum().Match(context.Compact) is { Success: true } counted ? counted.Groups["n"].Value
            : Sum().Match(context.Compact) is { Success: true } digits ? digits.Groups["n"].Value
            : WrittenSum().Match(context.Compact) is { Success: true } written && Entities.DateMentions.Number(written.Groups["n"].Value) is > 0 and var n
                ? n.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : state.Values.GetValueOrDefault(FocusPrice.DifferenceKey);
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
        if (sum is not null)
        {
            slots[TemplateSlots.Amount] = sum;
        }
        else if (!context.Told(AskPagePrice, order.OrderNumber) && !Direct().IsMatch(context.Compact))
        {
            // "补差价给我" with no drop known yet: the price paid is the order's, so today's page price is asked once,
            // which the difference answer then takes, never "how much" as if the buyer set the sum. "你们直接退不就完了"
            // turns the order page's way down: it hears that the shop cannot refund it by itself, not a question.
            slots[TemplateSlots.Amount] = Math.Round(order.AmountPaid / Math.Max(order.Quantity, 1), 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            context.Say(AskPagePrice, slots);
            return true;
        }

        context.Say(sum is not null ? $"{Area}.demand" : $"{Area}.demand_no_sum", slots);
        return true;
    }

    /// <summary>Price protection was explained in this chat, by the topic answer or the intent's own answer.</summary>
    public static bool Told(DialogState state) =>
        state.AnsweredPolicies.Contains(PolicyTopics.PriceProtection, StringComparer.Ordinal) || state.LastFlow == Intents.IntentIds.PriceProtection;

    // "差20 退给我", "那20块钱退我", "差价还我", "把差价补给我": the difference asked back, not a question about the rule.
    // "拍了四份 差四十": the difference counted by the buyer, which asks for it as plainly.
    // "退差价" alone, "补差价给我", "必须补", "差价得退": the difference demanded without a sum, which the one worked out here gives;
    // "差价20 退款给我", "差十块 退我" ask it as plainly. "给退个差价呗" asks politely and is answered from the rules. "差20块 给我退了吧", "你们直接退不就完了": the
    // difference wanted back from the shop itself, which the shop cannot do on its own.
    [GeneratedRegex("(?:[0-9]{1,4}|差价)(?:块|元)?(?:钱)?[^,，。;；?？]{0,4}给我(?:退|还|返|补)|直接(?:给我)?(?:退|补|返)(?!货|款)|^(?:那|那就|我要|给我|就|那你|你)?(?:退|补|返)差价(?:给我)?(?:吧|啊|呀|呗|[!！])*$|差价(?:必须|得|该)(?:退|补|返)|必须(?:给我)?(?:退|补|赔|返)|(?:[0-9]{1,4}|差价|差(?:了)?[一二两三四五六七八九十百]{1,4}(?:块|元)?)[^,，。;；?？]{0,6}(?:退|还|返|补|refund)(?:款|钱)?(?:给)?我|(?:退|还|返|补)(?:给)?我[^,，。;；?？]{0,3}(?:[0-9]{1,4}|差价)|(?:一共|总共|总|共)?差(?:了)?(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,4})(?:块|元)?(?:钱)?$")]
    private static partial Regex Demanded();

    [GeneratedRegex("直接(?:给我)?(?:退|补|返)|别让我")]
    private static partial Regex Direct();

    [GeneratedRegex("(?<![0-9])(?<n>[0-9]{1,4})(?![0-9])")]
    private static partial Regex Sum();

    [GeneratedRegex("(?:差|一共|总共|合计)(?:了)?(?<n>[0-9]{1,4})(?![0-9])")]
    private static partial Regex CountedSum();

    /// <summary>"差四十": a sum in Chinese numerals up to ninety-nine.</summary>
    [GeneratedRegex("差(?:了)?(?<n>[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])(?:块|元)?")]
    private static partial Regex WrittenSum();
}
