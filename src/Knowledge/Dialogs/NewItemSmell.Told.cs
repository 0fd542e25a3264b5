using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "刚拆开 还没洗 smell好重", "晾几天还散不了的话能退吗" after the new-item smell was answered: the same stand in a short
/// line (air it, and a no-reason return at the buyer's cost if it stays), never a quality case with the shop's postage
/// nor the whole answer again. A buyer who calls it a quality problem or asks for a remedy outright goes on to the flow.
/// </summary>
public static partial class NewItemSmell
{
    private const string AgainAnswer = "care.new_smell_again";
    private const string ReturnAnswer = "care.new_smell_return";

    public static bool TryAnswerAfterTold(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        if (state.ActiveFlow is not null || !WasTold(state) || QualityReturnFlow.RecordedHere(state) is not null || Spoiled().IsMatch(compact))
        {
            return false;
        }

        var template = ReturnIfStays().IsMatch(compact) ? ReturnAnswer
            : Smell().IsMatch(compact) && !Remedy().IsMatch(compact) && !NoSmell().IsMatch(compact) ? AgainAnswer : null;
        if (template is null)
        {
            return false;
        }

        state.ClearClarification();
        context.Say(template);
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>The smell was answered in this chat, by the care answer or the policy on new-item smell.</summary>
    private static bool WasTold(DialogState state) =>
        state.AnsweredPolicies.Contains(SmellPolicy, StringComparer.Ordinal)
        || state.SaidAnyOf(Answer);

    private const string SmellPolicy = "new-smell";

    // "晾几天还散不了的话能退吗", "洗了还有味能退吗", "要是一直这么冲 可以退吗": the return if the smell stays.
    [GeneratedRegex("(?:散不[了掉去]|去不掉|没散|不散|还有味|还是有味|还是[很好太]?(?:重|大|冲|难闻|刺鼻)|接受不了|受不了)[^。！!]{0,8}(?:能|可以|能不能|可不可以)(?:退|换)|(?:的话|要是|如果|万一)[^。！!]{0,10}(?:能|可以|能不能|可不可以)(?:退|换)")]
    private static partial Regex ReturnIfStays();
}
