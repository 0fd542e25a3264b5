using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "好的 那我再等等 有單號了跟我說一聲", "行 我等着 有结果告诉我": the buyer waits on something a colleague was asked to find
/// out here (a missing tracking number, a courier check, a record under review). She is told the answer comes in this
/// chat, not "您想好了随时来找我" as if she still had to decide something.
/// </summary>
public static partial class ToldWhenKnown
{
    public const string Reply = "closing.put_off_told_when_known";

    public static async Task<bool> AwaitsColleagueAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TellMe().IsMatch(context.Compact) && await OpenCases.AwaitedOnFocusAsync(context, cancellationToken).ConfigureAwait(false);
    }

    // "跟我说一声", "告诉我一下", "通知我", "提醒我", "給我說一聲", "有结果了说下".
    [GeneratedRegex("(跟|和|给|給)我(说|說|讲|講)(一声|一聲|下|一下)|告诉我|告訴我|通知(我|一下)|提醒我|(有|出)(了)?(结果|結果|消息|单号|單號|进展|進展)(了)?(就)?(说|說|讲|講)(一声|一聲|下|一下)")]
    private static partial Regex TellMe();
}
