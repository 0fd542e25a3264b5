using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Words by which a buyer takes back what they asked for before the parcel leaves, however long the line:
/// "还是按原来的发", "不用换130了", "之前改尺码的申请撤掉", "不改颜色了". Read on the compact, Simplified text.
/// </summary>
public static partial class Reversal
{
    /// <summary>
    /// True when the line takes back an order change (size, colour, spec, courier) asked for before; also "要是得退款重拍就算了
    /// 到了不合适再说", the refund path turned down and the exchange left for when the goods are in hand.
    /// </summary>
    public static bool TakesBackChange(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = CompactText.Of(normalizedText);
        return KeepOriginal().IsMatch(text) || ChangeRefused().IsMatch(text) || RequestWithdrawn().IsMatch(text) || AllPiecesKept().IsMatch(text)
            || Flows.OrderChanges.HoldsOff(text) || (DeclinedOnCondition.Declines(text) && Flows.OrderChanges.ExchangesLater(text));
    }

    /// <summary>"改尺码那个弄好没有", "换颜色的改了吗": where a change asked for before stands.</summary>
    public static bool AsksChangeStatus(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = CompactText.Of(normalizedText);
        return ChangeWord().IsMatch(text) && StatusWord().IsMatch(text) && !TakesBackChange(text);
    }

    /// <summary>"那能补多少", "赔几块": the sum of a compensation asked, with no sum named.</summary>
    public static bool AsksCompensationSum(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = CompactText.Of(normalizedText);
        return text.Length <= 12 && CompensationSum().IsMatch(text) && !text.Any(char.IsAsciiDigit);
    }

    [GeneratedRegex("(?:补|赔|补偿)(?:我|给我)?(?:多少|几块|几元|多少钱)|(?:补偿|赔偿)(?:金额|是)?多少")]
    private static partial Regex CompensationSum();

    [GeneratedRegex("改|换")]
    private static partial Regex ChangeWord();

    [GeneratedRegex("(?:好|成)了?(?:吗|嘛|么|没|没有)|弄好|办好|改好|换好|改了(?:吗|没)|怎么样了|进度|到哪一?步")]
    private static partial Regex StatusWord();

    [GeneratedRegex("(?:还是|就)(?:按|用|要|发|照)?原来的?|按原来的?(?:发|来|规格|尺码|颜色)|照原样|按原订单|原样发")]
    private static partial Regex KeepOriginal();

    // "不用换130了", "不改尺码了", "别换成白色了": 不/别/不用 before 改/换, then at most a value, then 了.
    [GeneratedRegex("(?:不用|不要|不想|别|不)(?:再)?(?:改|换)(?:成|到)?(?:尺码|颜色|规格|快递|[0-9]{2,3}(?:cm|码|号)?|[A-Za-z]{1,3}码?|[一-龥]{1,3}色)?(?:的)?了")]
    private static partial Regex ChangeRefused();

    // "算了 两套都要吧", "还是要三条": a quantity cut taken back, never "都要退" or "都要换".
    [GeneratedRegex("(?:[两二2三3四4五5]|几)(?:套|件|个|条|包|双|份|只|盒|单)?(?:都|全)要(?!退|换|改|补|赔)|全都要(?!退|换|改|补|赔)|还是(?:要|发)(?:[两二2三3四4五5])(?:套|件|个|条|包|双|份|只|盒)")]
    private static partial Regex AllPiecesKept();

    [GeneratedRegex("(?:修改|改尺码|改颜色|改规格|换码|换色|换快递)的?(?:申请|要求|登记|备注)?(?:撤|取消|作废|不要了)|撤(?:掉|回|销)(?:那个|之前的|刚才的)?(?:修改|改尺码|改颜色|申请)")]
    private static partial Regex RequestWithdrawn();
}
