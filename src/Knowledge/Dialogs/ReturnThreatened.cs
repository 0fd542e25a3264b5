using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "那我就退货了", "不给退差价我退貨了", "干脆退掉", "那就先申请退款", "直接拒收", "我就退了重拍": the buyer says she will send
/// the goods back, refund or refuse them, as a step she takes, not a question about one ("能退吗") nor one turned down
/// ("不退了"). The one reading of a return threatened, for the price talk, a return to order again and a case's follow-up.
/// </summary>
public static partial class ReturnThreatened
{
    /// <summary>Whether the compact, Simplified or Traditional line says the buyer returns, refunds or refuses the goods.</summary>
    public static bool IsSaid(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return Threat().IsMatch(compact);
    }

    // A lead word (就, 那我, 干脆, 直接) before the step, or "退货吧", "退貨算了", "退货了" said as the last word.
    [GeneratedRegex("(?:就|那我|干脆|直接)(?:直接)?(?:先)?(?:退货|退貨|退款|退了|退掉|退回去|去退|申请退|申請退|拒收|重新拍|重拍)|(?<![不没沒别別已]|已经)(?:退货|退貨)(?:吧|算了|了(?=$|[吧啊哈!！。~]))")]
    private static partial Regex Threat();
}
