using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "ok 那我去订单页点退货", "好 我这就去申请退款": the buyer goes off to do the step just explained. The reply sees them
/// off to it, never the policy's further text or a question about which need they have.
/// </summary>
internal static partial class GoingToApply
{
    /// <summary>The longest line, without spaces and punctuation, read as only going off to apply.</summary>
    private const int LongestLine = 16;

    public static bool IsSaid(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        return compact.Length <= LongestLine && !context.Facts.Cues.IsQuestion && Goes().IsMatch(compact) && !Otherwise().IsMatch(compact);
    }

    /// <summary>Going to apply: "去申请", "去订单页点退货", "这就去提交", "自己去点退款".</summary>
    public static bool Matches(string compact) => Goes().IsMatch(compact);

    /// <summary>
    /// "行吧 那我自己寄", "那我寄回去吧" right after a return was talked through: the buyer will post it back, and is told
    /// where the return address shows.
    /// </summary>
    public static bool SendsBack(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        return compact.Length <= LongestLine && !context.Facts.Cues.IsQuestion && PostsBack().IsMatch(compact) && !Otherwise().IsMatch(compact)
            && (context.State.LastFlow == Intents.IntentIds.NoReasonReturn
                || context.State.SaidTemplates.LastOrDefault() is { } last && last.StartsWith(ReturnPostage, StringComparison.Ordinal));
    }

    private const string ReturnPostage = "policy_topics.return_postage";

    [GeneratedRegex("自己(?:寄|邮|發|发)|我(?:就|去)?(?:寄|邮)(?:回去|回来|过去|回)|(?:寄|邮)回去(?:吧|好了|就是了)")]
    private static partial Regex PostsBack();

    [GeneratedRegex("(?:先|这就|马上|现在|等下|待会|自己)?去(?:订单页|订单里|订单详情|页面上?|淘宝上?)?(?:申请|提交|操作|点)")]
    private static partial Regex Goes();

    // "去申请要多久", "不去申请了", "去申请了但是": a question, a refusal or a problem beside it, for the rest of the engine.
    [GeneratedRegex("[吗么嘛?]|怎么|多久|几天|哪里|哪儿|不去|不用去|不想去|但是|可是|不行|失败|点不了|找不到|没有")]
    private static partial Regex Otherwise();
}
