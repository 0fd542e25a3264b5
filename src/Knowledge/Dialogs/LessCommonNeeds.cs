using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Shared reading for the less common needs: their words, the order they are about, an amount and a stretch of days.</summary>
internal static partial class LessCommonNeeds
{
    /// <summary>True when the words name one of the less common needs clearly enough to leave a waiting flow.</summary>
    public static bool Names(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return ReceiptExtension.IsAsked(compact) || RefundMoneyMissing.IsAsked(compact) || PartialRefund.IsAsked(compact);
    }

    /// <summary>The order the buyer named, else the one order that fits, else none (the caller asks or answers in general).</summary>
    public static Order? Pick(FlowContext context, Func<Order, bool> fits)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var named = context.Facts.MatchedOrderNumbers.Select(n => orders.FirstOrDefault(o => o.OrderNumber == n)).OfType<Order>().ToList();
        if (named.Count > 0)
        {
            return named.FirstOrDefault(fits) ?? named[0];
        }

        if (context.State.LastOrderNumber is { } last && orders.FirstOrDefault(o => o.OrderNumber == last) is { } earlier && fits(earlier))
        {
            return earlier;
        }

        var fitting = orders.Where(fits).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>"退50就行", "差了15块": the amount in yuan, with or without 元.</summary>
    public static decimal? Amount(FlowContext context)
    {
        if (context.Facts.Amounts.Count > 0)
        {
            return context.Facts.Amounts[0];
        }

        return BareAmount().Match(context.Compact) is { Success: true } match
            && decimal.TryParse(match.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > 0
            ? amount
            : null;
    }

    /// <summary>"退了两周了", "十天了", "半个月": how many days the buyer says have passed.</summary>
    public static int? DaysSaid(string normalizedText)
    {
        var match = Stretch().Match(CompactText.Of(normalizedText));
        if (!match.Success)
        {
            return null;
        }

        var count = match.Groups["half"].Success ? 0.5 : Number(match.Groups["n"].Value);
        var unit = match.Groups["u"].Value;
        var days = unit switch
        {
            "周" or "星期" or "礼拜" => count * 7,
            "个月" or "月" => count * 30,
            _ => count,
        };
        return days > 0 ? (int)Math.Ceiling(days) : null;
    }

    private static double Number(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        const string Digits = "零一二三四五六七八九";
        if (text == "两" || text == "俩")
        {
            return 2;
        }

        if (text.EndsWith('几'))
        {
            return text.StartsWith('十') ? 15 : 3;
        }

        if (text.StartsWith('十'))
        {
            return text.Length == 1 ? 10 : 10 + Digits.IndexOf(text[1], StringComparison.Ordinal);
        }

        if (text.Length == 2 && text[1] == '十')
        {
            return Digits.IndexOf(text[0], StringComparison.Ordinal) * 10;
        }

        return Math.Max(0, Digits.IndexOf(text[0], StringComparison.Ordinal));
    }

    [GeneratedRegex("(?:退|便宜了?|降了?|差了?|少了?|补)(?<n>[0-9]{1,5}(?:\\.[0-9]{1,2})?)(?![0-9]|双|件|个|条|只|套|盒|瓶|包|天|号|月)")]
    private static partial Regex BareAmount();

    [GeneratedRegex("(?:(?<n>[0-9]{1,3}|十几|十[一二三四五六七八九]?|[一二两俩三四五六七八九]十?|几)(?:个)?(?:多)?(?<u>天|周|星期|礼拜|个月|月(?![0-9一二三四五六七八九十]|初|中|底|份|號|号))|(?<half>半)个?(?<u>月))")]
    private static partial Regex Stretch();
}
