using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// "不能的话也跟我说一声", "压不了告诉我一声", "有结果回我个话": the buyer asks to be told how it went, here in the chat.
/// The model reads the 我 and the 说 of such a line as asking for a person, but only the words of
/// <see cref="HandoffRequestDetector"/> ask for one: a line asking for word back is never taken as a request for a person.
/// </summary>
public static partial class WordAsked
{
    /// <summary>True when the compacted line asks to be told or answered, with no person named.</summary>
    public static bool IsAsked(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return Asked().IsMatch(compact);
    }

    /// <summary>The scores without the model's human reading, so that the line is decided on what it is about.</summary>
    public static IReadOnlyList<IntentScore> WithoutHuman(IReadOnlyList<IntentScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var rest = scores.Where(s => s.Intent != IntentIds.Human).ToList();
        return rest.Count > 0 ? rest : scores;
    }

    // Only "一声" and "回个话" forms: "跟我说一下怎么退" asks how, which is a question of its own.
    [GeneratedRegex("(跟|和|给|同)我(说|讲|回)(一)?声|(告诉|通知|知会|提醒)(一下)?我?(一)?声|(回|给)我?个(话|信|准信|回复)|说一声(就行|就好|哈|啊|呀|吧)?$")]
    private static partial Regex Asked();
}
