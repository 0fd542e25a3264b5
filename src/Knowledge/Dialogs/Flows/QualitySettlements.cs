using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// How a buyer wants a quality case settled once it is open: money back for part of the price while keeping the
/// goods ("部分退款", "退点钱就行"), a small compensation ("不想退，补偿点就行"), or another piece ("换一个", "换个颜色").
/// These words change the case recorded in the conversation, whatever intent the model reads.
/// </summary>
public static partial class QualitySettlements
{
    /// <summary>
    /// "部分退款", "退一部分钱", "退点差价", "退我20块": keep the goods, part of the money back, the sum asked for when one
    /// is named.
    /// </summary>
    public static bool WantsPartialRefund(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return PartialRefund().IsMatch(compact) || SumBack().IsMatch(compact);
    }

    /// <summary>"补偿点就行", "赔点钱吧", "不想退 补偿一下": a compensation instead of a return.</summary>
    public static bool WantsCompensation(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return Compensation().IsMatch(compact) && !RefusesCompensation(compact);
    }

    /// <summary>
    /// "不要什么补偿 我要退货退款", "補償就算了", "不用给我补偿什么的 寄过来就行", "赔钱就算了": no compensation, whatever sum is
    /// said beside it; "给点补偿就算了", "赔点钱就算了" settle for one ("…就算了" after a give is "and call it done").
    /// </summary>
    public static bool RefusesCompensation(string compactText) => CompensationRefused().IsMatch(compactText ?? string.Empty);

    /// <summary>"换一个", "换个颜色", "换黑色的", "换成L码": another piece instead of the money back.</summary>
    public static bool WantsExchange(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return Exchange().IsMatch(compact) && !NoExchange().IsMatch(compact);
    }

    /// <summary>
    /// "还能补吗", "少的那双能补上不", "可以补寄吗": the missing or broken piece sent again, asked as a question too;
    /// never an invoice, a price difference, money or photos "补" may also name.
    /// </summary>
    public static bool WantsReship(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return Reship().IsMatch(compact) && !ReshipRefused().IsMatch(compact);
    }

    /// <summary>"不要修 直接退", "不用修了", "别修", "不想修 我就要退钱": a repair turned down, so the fault is settled some other way.</summary>
    public static bool RefusesRepair(string normalizedText) => RepairRefused().IsMatch(CompactText.Of(normalizedText));

    /// <summary>"维修要钱吗", "修的运费谁出", "修要多久": a question about what a repair costs or takes, not a request for one.</summary>
    public static bool AsksWhatRepairCosts(string compact) => RepairCost().IsMatch(compact);

    /// <summary>"退我20块", "差的20块退我": a sum of money back is named, whichever side of 退 it stands.</summary>
    public static bool NamesSumBack(string compactText) => SumBack().IsMatch(compactText ?? string.Empty);

    /// <summary>True when the text says how the buyer wants a quality case settled.</summary>
    public static bool Concerns(string normalizedText) =>
        WantsPartialRefund(normalizedText) || WantsCompensation(normalizedText) || WantsExchange(normalizedText) || WantsReship(normalizedText);

    // "能不能只补碗", "就补盘子": only the broken part sent again, whatever it is called.
    [GeneratedRegex("(?<!(?:照片|图片|图|视频|发票|票|差价|钱|运费|邮费)[^,，。了]{0,4})(?:补(?:发|寄|上|齐|回|给我|一|两|俩|个|吗|嘛|么|不|呢)|(?:只|光|就|单独)补)(?![^,，。]{0,2}(?:票|差价|钱|偿|贴|照片|图|拍|运费|邮费|视频|开|单|点))")]
    private static partial Regex Reship();

    [GeneratedRegex("(?:不要|不用|不需要|别|不想|不)(?:给我)?(?:再)?补|补不补都")]
    private static partial Regex ReshipRefused();

    [GeneratedRegex("(要|收|花)(钱|费)|多少钱|运费|邮费|快递费|谁(出|付|承担)|多久|几天|收费")]
    private static partial Regex RepairCost();

    [GeneratedRegex("部分退款|退一?部分|退(一)?(点|些)(钱|差价)?(就行|就好|吧|呗)?$|退(一)?(点|些)(钱|差价)|退差价|少退|仅退(一)?部分|补(点)?差价")]
    private static partial Regex PartialRefund();

    // "退我20块", "返我10元", "退30块就行", "差的20块退我": a sum of money back, not the whole price.
    [GeneratedRegex("(?:[0-9]{1,4}(?:\\.[0-9]{1,2})?|[一二两三四五六七八九十]{1,3})(?:块|元)(?:钱)?(?:退|返)(?:给)?我|(?:退|返)(?:我|给我)?(?:[0-9]{1,4}(?:\\.[0-9]{1,2})?|[一二两三四五六七八九十]{1,3})(?:块|元)|(?:退|返)(?:我|给我)[0-9]{1,4}(?![0-9]|码|号|cm|天|周|件|个|双|条|次|%|月)")]
    private static partial Regex SumBack();

    [GeneratedRegex("补偿|赔(点|一点|些|偿|我)|补贴|返现")]
    private static partial Regex Compensation();

    [GeneratedRegex("(?:不要|不用|不需要|别|不想|不稀罕|谁稀罕|谁要)(?:给我|给|要|你们|你家)?(?:什么|啥|那点|这点|那个|这个|的|几块钱?的?)*(?:补偿|赔)|(?<!(?:给|赔|补)(?:我|我们)?(?:点|一点|些|个)?)(?:补偿|赔偿|赔钱)(?:什么的|啥的)?(?:也|就|都)?(?:不要|不用|不需要|算了|免了)")]
    private static partial Regex CompensationRefused();

    [GeneratedRegex("换(一|个|一个|件|一件|条|一条|只|一只)(新的|好的|吧|呗|$)|换(个|一个|成|为)?[^,.;!?。！？；]{0,3}(色|码|号|款|尺寸)|换新|换货|调换|给我换|能换|可以换|想换|要换")]
    private static partial Regex Exchange();

    [GeneratedRegex("(不|别|不用|不要|不想|没法)换|换了也|换过")]
    private static partial Regex NoExchange();

    // "不要什么维修", "不用啥修理" (a filler between), "不修 要新的", "维修就算了": the repair turned down, never "修不好".
    [GeneratedRegex("(?:不要|不用|不需要|别|不想|不|没必要)(?:再)?(?:帮我|给我|你们|去)?(?:什么|啥|那个|这个|那种|这种)?(?:维修|修理|返修|寄修|修了|修$|修[,，。!！吧啊的呀啦]|修(?=直接|退|换|补|给|我|就|要|新|啦|呢))|修不修都|(?:维修|修理|返修|寄修)(?:什么的|啥的)?(?:就|也)?(?:不要了|不用了|不需要|算了|免了)")]
    private static partial Regex RepairRefused();
}
