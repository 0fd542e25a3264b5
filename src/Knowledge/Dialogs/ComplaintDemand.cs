using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// What an angry buyer demands beside a complaint ("我要退全款 运费你们出", "赔我40 不然差评"), in the shop's words for
/// the record a supervisor reads: the remedy, a sum named, and who pays the postage. Never the buyer's sentence itself.
/// </summary>
public static partial class ComplaintDemand
{
    /// <summary>"全额退款，运费由店铺承担", "赔偿40元": the demand in the shop's words, or null when the line names none.</summary>
    public static string? Read(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        var parts = new List<string>();
        if (Flows.QualityReturnFlow.CompensationSumIn(compact) is { Success: true } sum && decimal.TryParse(sum.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"赔偿{amount:0.##}元"));
        }
        else if (ThreatenedRefund().IsMatch(compact))
        {
            // "今天不发 不然我直接退款": a threat beside a hurry; the buyer still wants the goods.
            parts.Add(ShipmentPressed().IsMatch(compact) ? "尽快发货，不发就申请退款" : "尽快处理，不处理就申请退款");
        }
        else if (WholeRefund().IsMatch(compact))
        {
            parts.Add("全额退款");
        }
        else if (Exchange().IsMatch(compact))
        {
            parts.Add("换新");
        }
        else if (Refund().IsMatch(compact))
        {
            parts.Add("退货退款");
        }
        else if (Compensation().IsMatch(compact))
        {
            parts.Add("赔偿（金额未说）");
        }

        if (ShopPaysPostage().IsMatch(compact))
        {
            parts.Add("运费由店铺承担");
        }

        return parts.Count == 0 ? null : string.Join('，', parts);
    }

    /// <summary>"不然我直接退款", "再不发我就退款", "今天不发就退了", "否则退货": a refund held out as what follows, not asked for.</summary>
    [GeneratedRegex("(?:不然|否则|要不然|要不)(?:的话)?(?:我)?(?:就|直接|只能|只好)?(?:就)?(?:要)?(?:申请)?(?:退款|退货|退钱|全额退|退全款|退了)|(?:再不|不[发寄处解])[^，。,]{0,6}?(?:的话)?(?:我)?(?:就|只能|只好)(?:直接)?(?:要)?(?:申请)?(?:退款|退货|退钱|全额退|退全款|退了)")]
    private static partial Regex ThreatenedRefund();

    [GeneratedRegex("发货|发出|不发|没发|寄出")]
    private static partial Regex ShipmentPressed();

    [GeneratedRegex("全额退|退全款|全款退|全部退|全退|退全部|整单退")]
    private static partial Regex WholeRefund();

    [GeneratedRegex("换新|换货|换一[个件套条]|给我换")]
    private static partial Regex Exchange();

    // "我要退货", "给我退款", "退钱给我": a refund asked for, never "退款给我关了" told about.
    [GeneratedRegex("(?:要|给我|马上|赶紧|必须|直接)(?:退货|退款|退钱)|退(?:货|款|钱)(?:给我(?![关拒驳取撤])|吧)|把钱退")]
    private static partial Regex Refund();

    [GeneratedRegex("赔偿|赔钱|补偿|赔我|给个说法.{0,4}赔")]
    private static partial Regex Compensation();

    [GeneratedRegex("运费(?:你们|你|店铺|店家|商家|卖家)(?:出|付|承担|包)|(?:你们|店铺|商家|卖家)(?:出|付|承担|包)运费|运费(?:我不出|不该我出|凭什么我出)|包运费")]
    private static partial Regex ShopPaysPostage();
}
