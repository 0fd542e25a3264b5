using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "你是机器人吗", "是不是AI", "真人吗": a question about who answers, told honestly (the shop's automatic assistant, and
/// how to reach a person) without handing over. Only a buyer who asks for a person ("转人工", "我要真人") gets one;
/// "有真人吗", "有没有活人" ask whether one is there to talk to, which is asking for one.
/// </summary>
internal static partial class BotIdentity
{
    public static bool IsAsked(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return Asked().IsMatch(compact) && !PersonWanted().IsMatch(compact);
    }

    [GeneratedRegex("(是|是不是|是否)(个|一个)?(真人|活人|真的人|机器人?|robot|bot|ai|人工智能|人工客服|自动回复|程序|人工|客服本人)(在|回|答|吗|么|嘛|呢|吧|啊|\\?|$)|(真人|活人|机器人|ai)(吗|么|嘛|\\?)|是人(吗|么|嘛|还是)|人还是(机器|robot|bot|ai)|(机器(人)?|robot|bot|ai)还是(真)?人|自动回复的?(吗|么|嘛)")]
    private static partial Regex Asked();

    [GeneratedRegex("(转|要|找|换|叫|接|给我|让|来个|来一个|喊)(个|一个)?(真)?(人工|真人|活人|客服|人来|人工客服)|换人|不要机器|别用机器|不想(跟|和)机器|有(没有|没)?(个)?(真人|活人|人工)")]
    private static partial Regex PersonWanted();
}
