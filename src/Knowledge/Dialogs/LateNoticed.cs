using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "一直没拆 今天拆了才看见" right after a quality problem was recorded: the buyer explains why it comes late. That is
/// heard (it does not stand in the way of the case), never read as a hurry or a parcel question.
/// </summary>
public static partial class LateNoticed
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || context.Facts.Cues.IsQuestion || !Explains().IsMatch(context.Compact)
            || QualityReturnFlow.RecordedHere(state) is not { } number
            || context.Facts.MatchedOrderNumbers.Any(n => n != number))
        {
            return false;
        }

        state.ClearClarification();
        context.Say("quality_return.late_noticed", new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = number });
        return true;
    }

    // "一直没拆", "今天拆了才看见", "才发现", "之前没注意": when the buyer found it, not what they want.
    [GeneratedRegex("^(?:[^,，。;；]{0,6})(?:一直没(?:拆|打开|用|开封|注意)|(?:拆|打开|开封|用)了?才(?:看见|看到|发现|知道)|才(?:看见|看到|发现|拆)|之前没(?:注意|发现|看))")]
    private static partial Regex Explains();
}
