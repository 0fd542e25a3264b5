using System.Text.RegularExpressions;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// What a buyer can say to the queue itself: leave it (算了, 不用了), ask where they stand (排到几位了, 还要等多久), or rate a
/// closed case from 1 to 5.
/// </summary>
public static partial class QueueCommands
{
    public static bool Cancels(string normalizedText) => Cancel().IsMatch(normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>"排到几位了", "还要等多久"; never "还要等多久才发", which asks about the parcel and is answered from the order.</summary>
    public static bool AsksPosition(string normalizedText)
    {
        var text = normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal);
        return Position().IsMatch(text) && !AboutTheParcel().IsMatch(text);
    }

    /// <summary>A rating of 1 to 5 when that is all the text says ("5", "5分", "五星", "打4分", "5星好评").</summary>
    public static int? Rating(string normalizedText)
    {
        var match = RatingPattern().Match(normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["n"].Value[0];
        return char.IsAsciiDigit(value) ? value - '0' : "一二三四五".IndexOf(value, StringComparison.Ordinal) + 1;
    }

    [GeneratedRegex("^(算了|不用了|不用人工|不要人工|取消转人工|取消排队|不排了|不等了|我不等了|算了不用了)(吧|了|谢谢|啦)*$")]
    private static partial Regex Cancel();

    [GeneratedRegex("(排到几|排第几|排在第几|第几位|几位了|还要等多久|还要多久|还需要多久|还得等多久|等多久|要等多长时间|前面还有几|前面还有多少|多久轮到我|什么时候轮到我|什么时候到我)")]
    private static partial Regex Position();

    [GeneratedRegex("(多久|多长时间)(才|能|可以|才能)?(发|到|寄|出库|退|送|收到)")]
    private static partial Regex AboutTheParcel();

    [GeneratedRegex("^(给你|给您|给|打|评|评分)?(?<n>[1-5一二三四五])(分|星|颗星)?(好评|吧)?$")]
    private static partial Regex RatingPattern();
}
