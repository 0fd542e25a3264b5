using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class QualityReturnFlow
{
    /// <summary>The postage answer for this flow's case: a repair's both legs, a wrong item's as the shop's mistake, else a quality return's.</summary>
    public static string PostageTemplate(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Values.GetValueOrDefault(WishKey) == RepairWish ? "listen_followups.repair_postage"
            : SentWrong(state.Values.GetValueOrDefault(DescriptionKey)) ? "listen_followups.return_postage_wrong_item"
            : "listen_followups.return_postage_shop";
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
