using System.Text.RegularExpressions;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "什么时候到", "周末能到吗", "周六前能到吗", "下周一要用 来得及吗", "寄到武汉要多久", "顺丰也这么慢吗", "杭州的 应该很快吧":
/// when a parcel will arrive, which is tracking plus the usual days on the
/// road, never an invoice or a refund, whatever the model makes of a weekday or a date. "四件套今天到了" tells that
/// the goods came, it asks nothing.
/// </summary>
internal static partial class ArrivalQuestion
{
    /// <summary>Readings per text: several checks of a turn ask it of the same line.</summary>
    private static readonly TextMemory<bool> Asked = new();

    public static bool IsAsked(string normalizedText) => Asked.GetOrAdd(normalizedText, ReadAsked);

    private static bool ReadAsked(string normalizedText)
    {
        // "顺丰今天送到的餐具 打开碎了": the arrival told as done asks nothing of the road; what is left of the line may.
        var compact = LineFrame.WithoutDelivered(CompactText.Of(normalizedText));
        return Arrive().IsMatch(compact) && !OtherTopic().IsMatch(compact)
            && !(ToldArrived().IsMatch(compact) && Flows.QualityProblems.NamesAProblem(normalizedText));
    }

    /// <summary>"餐具今天收到 碎了两个碗": the day the goods came, told before what is wrong with them, asks nothing of the road.</summary>
    [GeneratedRegex("(今天|今早|今儿|昨天|前天|刚刚?|已经)(就)?(收到|拿到|到货|到手)(?![吗么嘛没不呢?？]|了(?:吗|么|嘛|没|不|呢)|的话)")]
    private static partial Regex ToldArrived();

    [GeneratedRegex("(什么时候|啥时候|几号|哪天|多久|几天|多长时间|周[一二三四五六日天末]|礼拜|星期|节假日|假期|放假|明天|后天|今天|前)(能|可以|会|才|就)?(到|送到|收到|到货|送达|派送|送货|配送)(?!了(?![吗么嘛没不呢?]))|(能|会|可以)(送)?到(吗|么|嘛|不|\\?)|到得了|送得到|来得及|来不及|来不来得及|赶得上|赶得及|赶不赶得上|能赶上|赶得到|(还|还得|还要|要|得)(几|多少)天|到[^,，.。!！?？]{1,6}(要|得|需要|大概|大约|一般|差不多)(要|得)?(多久|几天|多长时间)|(这么|那么|也|好|会)慢(吗|么|嘛|啊|呀)|(很|挺|会|能|比较)快(吧|吗|么|嘛)|快不快|慢不慢|(很|挺|比较|这么|那么)近(吧|吗|么|嘛)")]
    private static partial Regex Arrive();

    [GeneratedRegex("发票|开票|退款|到账|退钱|发货|寄出|发出来|没收到|没到|还没到|签收")]
    private static partial Regex OtherTopic();
}
