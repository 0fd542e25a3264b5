using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "还要几天", "还得等多久": a bare question how long the buyer still waits, which is about their parcel (answered like
/// "什么时候到"), never about quality or a refund.
/// </summary>
internal static partial class WaitQuestion
{
    public static bool IsAsked(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Asked().IsMatch(CompactText.Of(normalizedText));
    }

    [GeneratedRegex("^(?:那|请问|亲|所以|到底|哎|唉)?(?:还|大概|大约|一般)?(?:要|得|需要)(?:再)?(?:等)?(?:个)?(?:几天|多久|多长时间|多少天|几个工作日)(?:啊|呀|呢|吗|么|啦|哦|\\?|!|。)*$")]
    private static partial Regex Asked();
}
