using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "吊牌还在", "没穿过", "包装都在" right after this chat recorded a no-reason exchange or return on the order in focus,
/// or told that its no-reason return is open:
/// the goods meet what that return asks, so the buyer hears so, never the size or return text again; right after the
/// no-reason window was said to be over, they change nothing, which is said in other words.
/// </summary>
public static partial class ReturnCondition
{
    /// <summary>A condition of the goods is said in a few words; a longer line carries a need of its own.</summary>
    private const int MaxLength = 16;

    private const string PastWindow = "no_reason_return.outside_window";
    private const string WithinWindow = "no_reason_return.within_window";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number || context.Compact.Length > MaxLength)
        {
            return false;
        }

        if (SaysUsed(context.Compact))
        {
            return await TellUsedAsync(context, number, cancellationToken).ConfigureAwait(false);
        }

        if (!NoReasonReturnFlow.SaysUnused(context.Compact) || QualityProblems.NamesAProblem(NoReasonReturnFlow.WithoutUnused(context.Compact)))
        {
            return false;
        }

        // "全新的 吊牌都没拆" right after the no-reason window was said to be over: unused goods change nothing of the
        // dates, so the answer is said in other words with what is left, never a quality-problem menu.
        var slots = new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = number };
        if (context.Told(PastWindow, number) || context.Told(PastWindow + "_again", number))
        {
            context.Say(PastWindow + "_again", slots);
            return true;
        }

        // "外面袋子都没拆 就打开看了一眼" right after the no-reason return was told ("太大了 床放不下"): the goods meet it,
        // never a quality problem asked for.
        var open = await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.Exchange, CaseKind.Return).ConfigureAwait(false);
        if (!open.Any(r => (r.Description ?? string.Empty).Contains("无理由", StringComparison.Ordinal))
            && !context.Told(WithinWindow, number) && !context.Told(WithinWindow + "_again", number))
        {
            return false;
        }

        context.Say("no_reason_return.condition_met", slots);
        return true;
    }
}
