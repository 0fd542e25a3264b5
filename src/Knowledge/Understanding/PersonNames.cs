using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Tells whether a short run of characters looks like a Chinese person's name: two to four characters, a common
/// surname first, and none of the function words and everyday words that a sentence or a complaint is made of.
/// </summary>
internal static partial class PersonNames
{
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝傅";

    private static readonly string[] CompoundSurnames = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文", "司徒", "夏侯", "端木"];

    public static bool IsPlausible(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Length is < 2 or > 4 || !candidate.All(IsHan))
        {
            return false;
        }

        var compound = CompoundSurnames.Any(s => candidate.StartsWith(s, StringComparison.Ordinal));
        if (!compound && (candidate.Length == 4 || !Surnames.Contains(candidate[0], StringComparison.Ordinal)))
        {
            return false;
        }

        return candidate[0] != candidate[1] && !NotNameWords().IsMatch(candidate[1..]) && !NotNameWhole().IsMatch(candidate);
    }

    /// <summary>The longest plausible name at the start of a run of characters ("林莉刚说了呀" gives 林莉).</summary>
    public static string? Leading(string run)
    {
        for (var length = Math.Min(4, run.Length); length >= 2; length--)
        {
            var candidate = run[..length];
            if (IsPlausible(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// "收件人改成我室友 李想": a whole word the buyer gives as the recipient, taken as the name when a surname leads it
    /// and no function word is in it, even one an everyday word could share (想, 明, 安); null otherwise.
    /// </summary>
    public static string? Given(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length is 2 or 3 && word.All(IsHan) && Surnames.Contains(word[0], StringComparison.Ordinal) && word[0] != word[1]
            && !FunctionWords().IsMatch(word[1..]) && !NotNameWhole().IsMatch(word)
            ? word
            : null;
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    [GeneratedRegex("[的了吗呀啊呢吧么嘛哦哈嗯是在有不没无我你他她它这那个们就都也还很太要想给把被让用发退换改买收到货单号码元块色款件套天周月年点时快慢谢请问好刚说翻已和跟再能会可该得过去来看上下里外前后中多少每几些吃喝做拿送寄开关道路街市省区县镇村楼室栋幢号啦哈呗咯苦位税工]")]
    private static partial Regex NotNameWords();

    [GeneratedRegex("[的了吗呀啊呢吧么嘛哦哈嗯是在有不没无我你他她它这那个们就都也还很太要给把被让用发退换改买收到货单号码寄送电话地址]")]
    private static partial Regex FunctionWords();

    [GeneratedRegex("^(周[一二三四五六日天末]|金额|白天|黄色|高兴|高速|江苏|江西|安徽|安全|方便|方法|文件|明天|明白|时间|成功|全部|关于|向您|应该|和平|宁波|常州|温州|石家|邱县)")]
    private static partial Regex NotNameWhole();
}
