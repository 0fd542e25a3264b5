using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Text;

/// <summary>
/// Slips buyers type for a word they mean, mended character for character so positions stay where they were:
/// 时侯 for 时候, 劵 for 券 (劵 is never meant), and 卷 for 券 where a coupon is meant ("有没有卷", "优惠卷", "领卷再付");
/// a curling edge or a roll ("毛巾卷边", "卷尺", "卷发") stays as written; 漂 or 飘 for 票 after 发 ("还能补开发漂吗",
/// "發飄抬頭"), an invoice typed by its sound, while hair or cloth that bleaches or floats ("发漂白", "发飘起来") stays;
/// 油费 for 邮费 ("寄回去油费谁出"), the postage typed by its sound; 退宽 for 退款 ("台灯我申请退宽了"), a refund typed by
/// its sound (宽 never follows 退 in a word buyers mean); 法 for 发 where shipping is meant ("到现在还不法？", "咋还没法货",
/// "什么时候法货"), while "没法用", "不法商家" and "办法" stay.
/// </summary>
internal static partial class CommonSlips
{
    public static string Mend(string text)
    {
        var mended = text.Replace("时侯", "时候", StringComparison.Ordinal).Replace("退宽", "退款", StringComparison.Ordinal).Replace('劵', '券');
        mended = mended.Contains("油费", StringComparison.Ordinal) ? PostageTypedAsFuel().Replace(mended, "邮") : mended;
        mended = mended.Contains('卷', StringComparison.Ordinal) ? CouponTypedAsRoll().Replace(mended, "券") : mended;
        mended = mended.Contains('法', StringComparison.Ordinal) ? ShipTypedAsLaw().Replace(mended, "发") : mended;
        return mended.Contains("发漂", StringComparison.Ordinal) || mended.Contains("发飘", StringComparison.Ordinal)
            ? InvoiceTypedBySound().Replace(mended, "票")
            : mended;
    }

    [GeneratedRegex("(?<=优惠|代金|抵用|购物|消费|满减|无门槛|店铺|领|有没有|有|用|补|送|张|个)卷(?![边起曲发尺纸帘成着缩筒毛心烟入走舌轴])")]
    private static partial Regex CouponTypedAsRoll();

    // "寄回去的话油费谁出": 油费 typed for 邮费 (the shop sells nothing that burns fuel); 加油费, 汽油费, 燃油费 stay.
    [GeneratedRegex("(?<![加汽燃柴])油(?=费)")]
    private static partial Regex PostageTypedAsFuel();

    // "还不法？", "咋还没法货", "啥时候法货": 法 typed for 发 where the wait for shipping is told; "没法用", "没法退", "不法商家" stay.
    [GeneratedRegex("(?<=(?:还|都|也|咋|怎么|为啥|为什么|仍|一直)(?:不|没|没有))法(?=货|啊|呀|呢|吗|嘛|吧|[?？!！。，,.~… ]|$)|(?<![合违非办方想说魔写做用看司立宪国执守护犯])法(?=货)")]
    private static partial Regex ShipTypedAsLaw();

    [GeneratedRegex("(?<=发)[漂飘](?![白亮洗浮移起来走动])")]
    private static partial Regex InvoiceTypedBySound();
}
