using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "送男朋友神马好", "送长辈买啥好": a short suggestion from the shop's own goods for whom the gift is for, with the
/// gift-wrap facts (no gift box; an order not shipped can carry a gift note), never a can't-answer.
/// </summary>
public static partial class GiftAdvice
{
    private const string Area = "presale";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (context.State.ActiveFlow is not null || !Asked().IsMatch(compact) || OrderTalk().IsMatch(compact))
        {
            return false;
        }

        var whom = Elder().IsMatch(compact) ? "elder" : Child().IsMatch(compact) ? "child" : Him().IsMatch(compact) ? "him"
            : Her().IsMatch(compact) ? "her" : Gift().IsMatch(compact) || Friend().IsMatch(compact) ? "general" : null;
        if (whom is null)
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say($"{Area}.gift_{whom}");
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>What to buy or give: "送…什么好", "买啥好", "礼物推荐".</summary>
    [GeneratedRegex("(送|给)[^，,。]{0,10}(什么|啥|神马|哪个|哪样|哪款|哪些)|礼物[^，,。]{0,6}(推荐|什么好|啥好|买什么|买啥|选什么|选啥|送什么|送啥)|推荐[^，,。]{0,6}礼物|(什么|啥|神马)礼物|买(什么|啥|神马)(好|合适|比较好)")]
    private static partial Regex Asked();

    /// <summary>
    /// A gift already bought ("给我爸买的台灯坏了 给个什么说法", "送人的那单寄到哪"), freebies or wrapping: other answers.
    /// </summary>
    [GeneratedRegex("寄|地址|发货|订单|单号|快递|退|赠品|赠送|送的什么|送啥赠|包装|礼盒|贺卡|卡片|运费|邮费|坏|破|问题|说法|质量|处理|买的|拍的|收到|到货|买了|拍了")]
    private static partial Regex OrderTalk();

    [GeneratedRegex("长辈|老人|爷爷|奶奶|外公|外婆|姥姥|姥爷|爸妈|父母|公婆|岳父|岳母|妈|母亲|爸|父亲|老爸|婆婆|公公")]
    private static partial Regex Elder();

    [GeneratedRegex("孩子|小孩|宝宝|儿子|女儿|侄|外甥|学生|小朋友")]
    private static partial Regex Child();

    [GeneratedRegex("男朋友|男友|老公|男生|男的|男士|哥|弟|兄弟|男同事|对象")]
    private static partial Regex Him();

    [GeneratedRegex("女朋友|女友|老婆|闺蜜|女生|女的|女士|姐|妹|女同事|媳妇")]
    private static partial Regex Her();

    [GeneratedRegex("朋友|同事|同学|领导|客户")]
    private static partial Regex Friend();

    [GeneratedRegex("礼物|送人|送礼|礼品")]
    private static partial Regex Gift();
}
