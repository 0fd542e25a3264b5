using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "给我个退款凭证", "流水号呢 我去问银行", "能给个退款截图吗" about a refund that went through: the proof is the refund's
/// own details in Alipay (its number and where the money went), which the buyer can open themselves.
/// </summary>
public static partial class RefundVoucher
{
    public const string Situation = "refund_unshipped.refund_voucher";

    public static bool IsAsked(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return Voucher().IsMatch(compactText);
    }

    [GeneratedRegex("凭证|流水|交易号|退款单号|回单|截图|证明")]
    private static partial Regex Voucher();
}
