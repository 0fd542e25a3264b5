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

    [GeneratedRegex("(?:不用|不要|别|別|无需|不必|甭)(?:帮我|幫我|给我|給我|再|去|你们|你們)?(?:催|加急)")]
    private static partial Regex NoChase();

    [GeneratedRegex("退|取消")]
    private static partial Regex MoneyBack();
}
