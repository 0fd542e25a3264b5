using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "少的那件是补发还是退钱？" after a remedy was recorded: a question about which remedy it is, never a choice. What the
/// record says is told, with the other remedy the buyer named as something they may still ask for; nothing is changed.
/// "是给我补发碎的那几个 还是要我整套寄回去?" while the problem is recorded with no remedy chosen: the shop decides after
/// checking the photos, a reship or a return at its cost, and nothing is recorded as chosen; so is "你们是补发还是怎么弄",
/// which asks what the shop will do, naming one remedy as a guess.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private static readonly (Regex Said, CaseKind Kind)[] NamedRemedies =
    [
        (RepairSaid(), CaseKind.Repair), (ReshipSaid(), CaseKind.Reship), (ExchangeSaid(), CaseKind.Exchange), (RefundSaid(), CaseKind.Return), (SentBackWhole(), CaseKind.Return),
        (CompensationSaid(), CaseKind.Compensation),
    ];

    /// <summary>"补一个还是退钱呢": two remedies named and asked between, none picked and the choice not left to the shop ("你们看是退还是换").</summary>
    public static bool AsksBetweenRemedies(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return NamedRemedies.Where(r => r.Said.IsMatch(compact)).Select(r => r.Kind).Distinct().Count() >= 2 && WhichAsked().IsMatch(compact) && !ChoiceSaid().IsMatch(compact)
            && !LeavesChoice().IsMatch(compact) && !ShopToSay().IsMatch(compact);
    }

    /// <summary>
    /// "你们是补发还是怎么弄", "你们打算怎么处理", "会给我补发吗": the shop's remedy asked about, a remedy named at most as
    /// a guess, never picked by the buyer ("我要补发", "补发吧") nor set against one turned down ("补发还是怎么搞 我不想整套退").
    /// </summary>
    public static bool AsksShopsRemedy(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return ShopsPlanAsked().IsMatch(compact) && !ChoiceSaid().IsMatch(compact) && !LeavesChoice().IsMatch(compact) && !RemedyTurnedDown().IsMatch(compact);
    }

    /// <summary>True (and answered) when the buyer asks which of two remedies the recorded case is.</summary>
    private static bool TellsWhichRemedy(FlowContext context, CaseRecord recorded, IReadOnlyDictionary<string, string?> slots)
    {
        var compact = context.Compact;
        var named = NamedRemedies.Where(r => r.Said.IsMatch(compact)).Select(r => r.Kind).Distinct().ToList();
        var asksShop = recorded.Kind == CaseKind.QualityReport && AsksShopsRemedy(compact);
        if ((!AsksBetweenRemedies(compact) && !asksShop) || RefusedRemedies(context.Normalized).Count > 0)
        {
            return false;
        }

        if (recorded.Kind == CaseKind.QualityReport)
        {
            var photosAwaited = recorded.PhotoUrls.Count == 0 && !SaidSentBefore(context, recorded.OrderNumber, recorded.Description);
            context.Say(photosAwaited ? "quality_return.which_remedy_after_check_photos_awaited" : "quality_return.which_remedy_after_check", slots);
            context.Finish();
            return true;
        }

        var others = named.Where(k => k != recorded.Kind).Select(k => MissingPiece(recorded) && k == CaseKind.Return ? "退这部分的钱" : k.Label());
        context.Say("quality_return.which_remedy_told", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.Change] = MissingPiece(recorded) ? "补发少的部分" : recorded.Kind.Label(),
            [Templates.TemplateSlots.Remedies] = string.Join('或', others),
        });
        context.Finish();
        return true;
    }

    private static bool MissingPiece(CaseRecord recorded) =>
        recorded.Kind == CaseKind.Reship && recorded.Description?.StartsWith(QualityProblems.Label(QualityProblem.Missing), StringComparison.Ordinal) == true;

    // "是补发还是退钱？", "补发还是退款呢", "会给我补还是退钱啊", "换新或者退款哪个": two remedies put as a question;
    // "少的那个怎么说 补发还是退钱", "那到底补发还是退钱": the two named after "how is it settled" or 到底, with no 吧 to pick one.
    [GeneratedRegex("还是[^，。,]{0,8}(?:[?？呢啊呀吗么嘛]|哪|怎么)|是[^，。,]{0,10}还是|(?:或者|还是)[^，。,]{0,8}(?:哪个|哪种|哪样)|(?:怎么说|咋说|怎么算|咋办|怎么办|到底|究竟)[^吧]*还是[^，。,吧]{0,8}$")]
    private static partial Regex WhichAsked();

    // "补发还是怎么弄", "退钱还是咋整", "你们打算怎么处理", "你们会给我补发吗", "是给我重发吗": what the shop will do.
    [GeneratedRegex("还是(?:怎么|咋|怎样|如何|别的|其他|其它|什么)|(?:你们|店里|店家|商家|卖家)(?:这边)?(?:打算|准备|会|要|想)?(?:怎么|咋|如何|怎样)(?:处理|弄|办|解决|整|搞|赔|补)|(?:你们|店里|店家|商家)(?:这边)?(?:是|会|打算|准备)(?:给我)?(?:补发|补寄|重发|退款|退钱|换新|换一?个)[^，。,]{0,6}(?:吗|么|嘛|呢|[?？])")]
    private static partial Regex ShopsPlanAsked();

    // "我不想整套退", "不要换": a remedy turned down beside the question, which leaves the other as the buyer's wish.
    [GeneratedRegex("(?:不想|不要|不用|不愿意?|别)[^，。,]{0,3}(?:退|换|补|寄回)")]
    private static partial Regex RemedyTurnedDown();

    // "你们看是退还是换": the shop is asked to pick, which leaves the choice to it.
    [GeneratedRegex("你们看|您们看|你看|您看")]
    private static partial Regex ShopToSay();

    // "还是要我整套寄回去", "全部退回": the whole order sent back, a return.
    [GeneratedRegex("(?:整套|整个|全部|全都|都|一起)[^，。,]{0,3}(?:寄|退|发)回")]
    private static partial Regex SentBackWhole();

    // "还是退钱吧", "就退钱吧", "我要退钱": the buyer picks one.
    [GeneratedRegex("吧[?？!！。~～]*$|我要|就要|给我退|直接")]
    private static partial Regex ChoiceSaid();
}
