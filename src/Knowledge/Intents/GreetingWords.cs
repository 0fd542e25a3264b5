using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// The words a greeting is made of. Mid-conversation the model reads short statements ("吊牌在", "托特包刚付好") as a
/// greeting; without one of these words such a line is a remark about what came before, never a new welcome.
/// </summary>
public static partial class GreetingWords
{
    public static bool Greets(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Words().IsMatch(Dialogs.CompactText.Of(normalizedText));
    }

    /// <summary>
    /// <paramref name="understanding"/> with a greeting read into a line without a greeting word taken as small talk
    /// (<c>other</c>) once the bot has spoken in the conversation; unchanged otherwise.
    /// </summary>
    public static Understanding Mid(Understanding understanding, bool spokenBefore)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        if (!spokenBefore || understanding.HandoffRequested || understanding.Intent != IntentIds.Greeting || Greets(understanding.NormalizedText))
        {
            return understanding;
        }

        var scores = understanding.Scores.Where(s => s.Intent != IntentIds.Other).ToList();
        scores[0] = new IntentScore(IntentIds.Other, understanding.Confidence);
        return understanding with { Scores = scores };
    }

    [GeneratedRegex("你好|您好|妳好|在吗|在么|在嘛|在不在|有人吗|有人在|哈喽|哈啰|嗨|hi|hello|hey|早上好|上午好|中午好|下午好|晚上好|早安|晚安|早啊|在线吗|客服在|老板在|亲在", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
