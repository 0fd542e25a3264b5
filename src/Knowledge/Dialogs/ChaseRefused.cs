using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不用帮我催 也不用加急 就退", "别催了 取消吧": the buyer turns down a chase of the warehouse and wants her money back
/// instead, so the order is given up, never hurried nor handed over for a chase.
/// </summary>
public static partial class ChaseRefused
{
    public static bool IsSaid(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return NoChase().IsMatch(compact) && MoneyBack().IsMatch(compact);
    }

    /// <summary>
    /// "不用加急 不要催", "慢慢发就行 别催了": the chase is turned down and nothing else is asked, no money back and no
    /// other need, so it is only acknowledged.
    /// </summary>
    public static bool OnlyDeclined(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return NoChase().IsMatch(compact) && !MoneyBack().IsMatch(compact) && compact.Length <= MaxDeclineLength && !OtherNeed().IsMatch(compact);
    }

    private const int MaxDeclineLength = 16;

    [GeneratedRegex("改|换|地址|发票|退|取消|坏|破|少|质量|快递|顺丰|物流|到哪|什么时候|啥时候|几天|[?？吗]")]
    private static partial Regex OtherNeed();

    [GeneratedRegex("(?:不用|不要|别|別|无需|不必|甭)(?:帮我|幫我|给我|給我|再|去|你们|你們)?(?:催|加急)")]
    private static partial Regex NoChase();

    [GeneratedRegex("退|取消")]
    private static partial Regex MoneyBack();
}
