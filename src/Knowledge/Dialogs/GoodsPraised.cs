using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "没啥事 就是说一声四件套挺舒服的 已经铺上了", "浴巾很软 娃很喜欢", "袜子挺好穿的 我妈也说暖和": plain praise of goods in use, with no
/// question, no "but" and no problem named. It is thanked, never read as tracking or a quality problem to choose between.
/// </summary>
public static partial class GoodsPraised
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = CompactText.Of(context.Normalized);
        if (context.State.ActiveFlow is not null || !Praised().IsMatch(compact) || Asks().IsMatch(Service().Replace(compact, string.Empty))
            || QualityProblems.NamesAProblem(context.Normalized))
        {
            return false;
        }

        context.State.ClearClarification();
        // Thanks for the shipping or the service is not thanks for goods the buyer may not have used yet.
        context.Say(GoodsWords().IsMatch(compact) || !Service().IsMatch(compact) ? "thanks.liked" : "thanks.service_praised");
        return true;
    }

    [GeneratedRegex("(?<![不没])(挺|很|蛮|超|好|特别|非常|真|太|还挺|还蛮|相当|贼|巨)(舒服|舒适|好看|好用|好穿|好闻|合身|合脚|保暖|耐穿|软|柔软|软和|暖和|漂亮|不错|喜欢|满意|实用|厚实|亲肤|好睡|顺滑|结实|精致|棒|赞)|(质量|做工|手感|料子|面料|颜色)(很|挺|蛮|真|超|非常|特别)?(好|不错|棒|舒服)|好评|点赞|爱不释手|" + ServiceWords)]
    private static partial Regex Praised();

    // "这么快就发了 给力", "物流好快 赞一个", "發貨神速": the shipping or the service praised, with no goods in use yet.
    private const string ServiceWords = "(?:发货|发得|发的|物流|快递|速度|送得|到得|回复|客服|服务)(?:也|真|很|挺|好|超|太|特别|非常|蛮|贼)?(?:快|及时|迅速|神速|给力|好|棒|赞)|神速|给力|赞一个|(?<![不没])(?:这么|那么|好|真|超|太)快(?:就|都)?(?:发|到|收到)";

    // "这么快" is no question, "好么" is. A question, a "but", a wish, a refusal taken back ("留着吧 不拒收了") or a problem word makes it more than praise: the
    // usual reading handles it.
    [GeneratedRegex("[?？吗嘛]|(?<![这那多])么|怎么|能不能|可以|可不可以|多少|什么|哪|几|但|不过|就是有?点|只是|可惜|可是|然而|唯一|要是|如果|想(要|退|换|问)|退|换|补|拒收|拒签|发票|没收到|还没到|物流|快递|太(大|小|短|长|薄|厚|硬)|有点|不太|不够")]
    private static partial Regex Asks();

    [GeneratedRegex(ServiceWords)]
    private static partial Regex Service();

    [GeneratedRegex("舒服|舒适|好看|好用|好穿|好闻|合身|合脚|保暖|耐穿|柔软|软和|暖和|漂亮|喜欢|实用|厚实|亲肤|好睡|质量|做工|手感|料子|面料")]
    private static partial Regex GoodsWords();
}
