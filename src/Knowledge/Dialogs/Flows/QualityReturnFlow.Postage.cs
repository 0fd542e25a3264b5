using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class QualityReturnFlow
{
    /// <summary>True when the problem described in this flow is another item, colour or size sent: the shop's mistake.</summary>
    public static bool SentWrong(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Values.GetValueOrDefault(DescriptionKey)?.StartsWith(QualityProblems.Label(QualityProblem.WrongItem), StringComparison.Ordinal) == true;
    }

    /// <summary>
    /// "想退 这种算你们的问题吧 运费谁出": a clause of its own chooses the return, and the question beside it only asks who
    /// pays the postage, which the recorded return answers (a quality problem's postage is the shop's). The choice is
    /// taken; a question alone ("退货运费谁出") still chooses nothing.
    /// </summary>
    public static bool ChoosesBesidePostage(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ChoosesBesidePostage(context.Normalized);
    }

    /// <summary>
    /// The same read from the words alone: the line is then one need (the remedy, with its postage), never a remedy and
    /// a postage question taken apart.
    /// </summary>
    public static bool ChoosesBesidePostage(string normalized) =>
        BesidePostage(normalized).Any(c => ReturnWish().IsMatch(c) || ExchangeWords().IsMatch(c));

    /// <summary>"要退 邮费你们出吧": the return chosen in a clause beside the postage question.</summary>
    private static bool ReturnBesidePostage(FlowContext context) => BesidePostage(context.Normalized).Any(c => ReturnWish().IsMatch(c));

    /// <summary>The clauses other than the postage question, when the line asks who pays the postage; none otherwise.</summary>
    private static IEnumerable<string> BesidePostage(string normalized) =>
        WhoPaysPostage().IsMatch(CompactText.Of(normalized))
            ? ClauseBreak().Split(normalized).Select(CompactText.Of).Where(c => c.Length > 0 && !WhoPaysPostage().IsMatch(c))
            : [];

    [GeneratedRegex("运费|邮费|快递费|寄回.{0,4}(?:谁出|谁付|谁承担)")]
    private static partial Regex WhoPaysPostage();

    [GeneratedRegex("[\\s,，。.;；!！?？]+")]
    private static partial Regex ClauseBreak();
}
