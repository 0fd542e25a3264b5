using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "那我自己寄 退货地址发我一下", "寄回哪里", "退貨地址給我" once a return without a reason is on the table: the address is shown on
/// the approved return in the order page, never one typed in chat, and the rules already told are not said again.
/// </summary>
public sealed partial class NoReasonReturnFlow
{
    /// <summary>True when the line asks where the goods go back.</summary>
    public static bool AsksReturnAddress(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return ReturnAddressAsked().IsMatch(compact);
    }

    [GeneratedRegex("(?:退货|退回|寄回|退换货?)的?(?:地址|收件人|收货人)|(?:寄回?|退回)(?:到|去)?哪(?:里|儿)?(?![了里儿])|(?:地址|收件地址)(?:发|给|告诉)(?:我|一下)")]
    private static partial Regex ReturnAddressAsked();
}
