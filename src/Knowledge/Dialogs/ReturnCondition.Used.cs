using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "洗过一次 没怎么穿", "吊牌剪了", "下过水了" (never "没下过水", "没有洗过") right after a no-reason exchange or return was told or recorded on the order
/// in focus: washed or worn goods are out of the no-reason return, so the buyer hears what it asks, that a quality
/// problem is still handled and where the size chart is; a no-reason record this chat made is withdrawn. Never a
/// washing text.
/// </summary>
public static partial class ReturnCondition
{
    private const string Used = "no_reason_return.used_goods";

    private static readonly string[] NoReasonTold =
    [
        PastWindow, PastWindow + "_again", PastWindow + "_exchange", WithinWindow, WithinWindow + "_again", WithinWindow + "_partial",
        "no_reason_return.exchange_recorded", "no_reason_return.exchange_recorded_unlisted", "no_reason_return.exchange_once_received",
    ];

    /// <summary>"洗过一次", "穿了好几次", "吊牌剪了": goods used in a way the no-reason return does not take, with no fault named.</summary>
    public static bool SaysUsed(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return UsedWords().IsMatch(compactText) && !QualityProblems.NamesAProblem(compactText);
    }

    private static async Task<bool> TellUsedAsync(FlowContext context, string number, CancellationToken cancellationToken)
    {
        var open = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.Exchange, CaseKind.Return).ConfigureAwait(false))
            .Where(r => (r.Description ?? string.Empty).Contains("无理由", StringComparison.Ordinal)).ToList();
        if (open.Count == 0 && !NoReasonTold.Any(t => context.Told(t, number)))
        {
            return false;
        }

        foreach (var record in open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家说商品已洗过或穿用过，不符合7天无理由退换", cancellationToken).ConfigureAwait(false);
        }

        context.Say(open.Count > 0 ? Used + "_withdrawn" : Used, new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = number });
        return true;
    }

    [GeneratedRegex("(?<![没未不]有?(?:怎么)?)(?:洗|水洗|机洗|手洗)(?:过|了)(?![会能]|的话)|(?<![没未不]有?(?:怎么)?)下过水|(?<![没未不]有?(?:怎么)?)(?:穿|用|戴|背)(?:过|了)(?:好)?(?:几|[一两二三四五六七八九十1-9])(?:次|回|天|周|个月)|(?:吊牌|标签)(?:已经|都|也)?(?:剪|拆|撕|摘)(?:了|掉)|(?:剪|拆|撕|摘)(?:了|掉)(?:吊牌|标签)")]
    private static partial Regex UsedWords();
}
