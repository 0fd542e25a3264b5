using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Text;

/// <summary>
/// Slips buyers type for a word they mean, mended character for character so positions stay where they were:
/// 时侯 for 时候, 劵 for 券 (劵 is never meant), and 卷 for 券 where a coupon is meant ("有没有卷", "优惠卷", "领卷再付");
/// a curling edge or a roll ("毛巾卷边", "卷尺", "卷发") stays as written.
/// </summary>
internal static partial class CommonSlips
{
    public static string Mend(string text)
    {
        var mended = text.Replace("时侯", "时候", StringComparison.Ordinal).Replace('劵', '券');
        return mended.Contains('卷', StringComparison.Ordinal) ? CouponTypedAsRoll().Replace(mended, "券") : mended;
    }

    [GeneratedRegex("(?<=优惠|代金|抵用|购物|消费|满减|无门槛|店铺|领|有没有|有|用|补|送|张|个)卷(?![边起曲发尺纸帘成着缩筒毛心烟入走舌轴])")]
    private static partial Regex CouponTypedAsRoll();
}
