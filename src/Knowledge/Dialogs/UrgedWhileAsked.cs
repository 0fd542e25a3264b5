using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "快点回", "在吗 快点", "人呢" while a flow waits for the buyer's answer: the urge is met in a few words and the flow's
/// question asked again in other words, never the same sentence with a filler in front, nor a handover for a greeting
/// the flow did not understand.
/// </summary>
public static partial class UrgedWhileAsked
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is null || context.State.Step is null || !IsUrge(context.Compact))
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say("dialog.urged");
        QuestionAside.Resume(context);
        return true;
    }

    /// <summary>Nothing but hurry, presence and fillers: "快点发货" names what to hurry, so it is no bare urge.</summary>
    public static bool IsUrge(string compact) => Urge().IsMatch(compact) && UrgeWords().Replace(compact, string.Empty).Length == 0;

    [GeneratedRegex("快|赶紧|人呢|在吗|在不在|在么|在嘛|有人吗|回我|回一下")]
    private static partial Regex Urge();

    [GeneratedRegex("亲|喂|还在吗|在吗|在不在|在么|在嘛|人呢|有人在吗|有人吗|能不能|可不可以|可以|麻烦|快点儿|快点|快一点|快些|赶紧|快|回复|回答|回我|回一下|回|说话|一下|啊|呀|吧|嘛|呢|好吗|行吗|好不好|哈|了|[?？!！。.,，~～…]")]
    private static partial Regex UrgeWords();
}
