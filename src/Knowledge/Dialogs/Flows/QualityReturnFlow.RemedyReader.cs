using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>How a remedy named in a clause stands: wanted, turned down, or only asked about.</summary>
public enum RemedyPolarity
{
    Wanted,
    Refused,
    Asked,
}

/// <summary>How the remedies wanted in a line are offered: one, either of several, or the choice left to the shop.</summary>
public enum RemedyMode
{
    Single,
    Either,
    Delegated,
}

/// <summary>One remedy named in one clause ("补两个盘子给我就行" → the reshipment, wanted).</summary>
public sealed record RemedyClause(string Wish, string Label, RemedyPolarity Polarity);

/// <summary>The remedies a line names, clause by clause, with how they are offered.</summary>
public sealed record RemedyReading(IReadOnlyList<RemedyClause> Clauses, RemedyMode Mode)
{
    /// <summary>The remedies wanted, first named first, each once; one turned down elsewhere in the line is not wanted.</summary>
    public IReadOnlyList<RemedyClause> Wanted =>
        [.. Clauses.Where(c => c.Polarity == RemedyPolarity.Wanted && !Clauses.Any(o => o.Wish == c.Wish && o.Polarity == RemedyPolarity.Refused)).DistinctBy(c => c.Wish)];

    /// <summary>True when the remedy <paramref name="wish"/> is turned down somewhere in the line.</summary>
    public bool NamesRefused(string wish) => Clauses.Any(c => c.Wish == wish && c.Polarity == RemedyPolarity.Refused);
}

/// <summary>
/// The one reader of the remedy a quality buyer names, used by every place in the flow that reads one. The line is cut
/// into clauses so that a photo or a question in one clause ("照片发你了 补两个盘子给我就行") does not hide the wish in the
/// next; each remedy is wanted, turned down ("不用退货") or asked about ("补发还是退钱", "少的那个怎么说"; "能换一个吗" asks for it); "不退就赔点钱"
/// and "换一件也行" offer remedies as alternatives, "你们看着办" leaves the choice to the shop.
/// </summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>The remedies the line names, clause by clause.</summary>
    public static RemedyReading ReadRemedies(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var clauses = new List<RemedyClause>();
        var wholeAsks = AsksBetween().IsMatch(CompactText.Of(normalizedText)) && !LeavesChoice().IsMatch(CompactText.Of(normalizedText));
        foreach (var clause in ClauseWithMark().Matches(normalizedText).Select(m => m.Value.Trim()).Where(c => c.Length > 0))
        {
            var compact = CompactText.Of(clause);
            var conditional = Conditional().Match(compact);
            HashSet<string> refused = conditional.Success ? [] : RefusedInClause(compact);
            var said = ClauseEnd().Replace(compact, string.Empty);
            var asked = wholeAsks || AskedInClause(clause, compact);
            foreach (var (names, label, wish) in ClauseRemedies)
            {
                if (!names(said) && !names(compact) && !(conditional.Success && names(AsWord(conditional.Groups["first"].Value))))
                {
                    continue;
                }

                var polarity = refused.Contains(wish) || (wish == CompensationWish && RefusesCompensation(compact)) ? RemedyPolarity.Refused : asked ? RemedyPolarity.Asked : RemedyPolarity.Wanted;
                clauses.Add(new RemedyClause(wish, label, polarity));
            }
        }

        var compactLine = CompactText.Of(normalizedText);
        var wanted = clauses.Count(c => c.Polarity == RemedyPolarity.Wanted);
        var mode = wanted > 0 && (LeavesItToShop().IsMatch(compactLine) || ShopChooses().IsMatch(compactLine)) ? RemedyMode.Delegated
            : (wanted > 1 && (EitherWords().IsMatch(compactLine) || LeavesChoice().IsMatch(compactLine) || Conditional().IsMatch(compactLine)))
                || (wanted > 0 && AlsoFine().IsMatch(compactLine)) ? RemedyMode.Either
            : RemedyMode.Single;
        return new RemedyReading(clauses, mode);
    }

    // The bare verb of "不退就…" as the remedy it names.
    private static string AsWord(string verb) => verb switch { "退" => "退货", "换" => "换货", "补" => "补发", "修" => "修理", _ => verb };

    private static RemedyReading ReadRemedies(FlowContext context) => ReadRemedies(context.Normalized);

    /// <summary>
    /// True when the message says which remedy the buyer wants ("我要退货", "只换不退", "不要补偿 直接退", "补发一个"):
    /// while the quality flow waits, or right after it recorded a case, that is the answer to it, whatever intent the
    /// model reads. A question about a remedy chooses none.
    /// </summary>
    public static bool ChoosesRemedy(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        // Read clause by clause first: a piece sent again, an exchange or money wanted in one clause is chosen whatever
        // the other clauses say ("照片发你了 补两个盘子给我就行"); a bare "想退" in a clause of a no-reason question is
        // left to the whole-line reading below.
        if (!context.Facts.Cues.IsQuestion && ReadRemedies(context).Wanted.Any(c => c.Wish != RefundWish))
        {
            return true;
        }

        if ((context.Facts.Cues.IsQuestion || context.Facts.Cues.AsksForFact || RefundProgress.IsAsked(context.Normalized) || AsksWhereOrWhen().IsMatch(compact))
            && !ChoosesBesidePostage(context))
        {
            // "退款到哪了", "寄回去的邮费你们出吗": a question, answered beside the flow, never a choice.
            return false;
        }

        return ReturnWish().IsMatch(compact) || ChoosesBesidePostage(context) || ExchangeWords().IsMatch(context.Normalized) || ReshipWords().IsMatch(compact)
            || RefundInstead().IsMatch(context.Normalized) || QualityProblems.WantsRepair(context.Normalized)
            || context.Facts.Cues.Asserted.Any(a => a is BuyerAction.Refund or BuyerAction.Return or BuyerAction.Exchange);
    }

    /// <summary>True when the line wants a remedy in one of its clauses, whatever else the other clauses say.</summary>
    public static bool WantsRemedy(string normalizedText) => ReadRemedies(normalizedText ?? string.Empty).Wanted.Count > 0;

    /// <summary>The flow's wish key for the first remedy wanted, or null when none is.</summary>
    private static string? FirstWanted(RemedyReading reading) => reading.Wanted.FirstOrDefault()?.Wish;

    // A clause asks when it asks how, how much, where or when; "能…吗" about a remedy asks for it.
    private static bool AskedInClause(string clause, string compact) => AskedClause().IsMatch(compact) || RefundProgress.IsAsked(clause);

    // The flow's own words for each remedy, read on one clause with its closing "也行", "就行", "吧" taken off, so the
    // phrases that need the clause to end there ("换一件") hold; then the bare words set against each other ("补发还是退钱").
    private static readonly (Func<string, bool> Said, string Label, string Wish)[] ClauseRemedies =
    [
        (c => RepairSaid().IsMatch(c) || QualityProblems.WantsRepair(c), RepairLabel, RepairWish),
        (c => ReshipWords().IsMatch(c) || ReshipSaid().IsMatch(c) || ReshipPieceSaid().IsMatch(c), "补发损坏的部分", ReshipWish),
        (c => ExchangeWords().IsMatch(c) || (ExchangeSaid().IsMatch(c) && !TriedSwap().IsMatch(c)), ExchangeLabel, ExchangeWish),
        (c => RefundSaid().IsMatch(c) || ReturnWish().IsMatch(c) || RefundInstead().IsMatch(c), RefundLabel, RefundWish),
        (c => CompensationSaid().IsMatch(c), "补偿", CompensationWish),
    ];

    [GeneratedRegex("[^\\s,，。.;；!！?？~～]+[?？]?")]
    private static partial Regex ClauseWithMark();

    // "换一件也行啊", "补两个就行吧": the acceptance at the end of a clause, taken off before the remedy is read.
    [GeneratedRegex("(?:也行|也可以|也好|也成|就行|就好|就可以|就够了)?[啊呀吧呗嘛哈了]*$")]
    private static partial Regex ClauseEnd();

    // "换个插座也闪", "换了电池还是不亮": what was tried, never a remedy.
    [GeneratedRegex("换(?:一?个|了)?(?:插座|插头|电池|灯泡|地方|位置|线)")]
    private static partial Regex TriedSwap();

    // "不退就赔点钱", "不补发的话就退钱": the first remedy wanted, the second the fallback.
    [GeneratedRegex("(?:不|要是不|如果不)(?<first>退|换|补发?|修)(?:的话)?(?:就|那就|那)")]
    private static partial Regex Conditional();

    // "少的那个怎么说", "能补几块", "退款到哪了": asked. "能换一个吗", "补一件XL行不行" are polite requests, so wanted.
    [GeneratedRegex("哪|多久|几天|什么时候|几块|多少|是不是|会不会|怎么说|怎么处理|怎么办")]
    private static partial Regex AskedClause();

    // "补发还是退钱" with no "都行": which one is asked, a question; "还是退钱吧" prefers one.
    [GeneratedRegex("(?:补|发|寄|换|修|退|赔|偿)[^,，。]{0,4}还是[^,，。]{0,6}?(?:补|发|寄|换|修|退|赔|钱)(?![^,，。]{0,3}吧)")]
    private static partial Regex AsksBetween();

    // "你们定", "听你们的", "随便": the choice is the shop's.
    [GeneratedRegex("你们定|你定|听你们的|你们决定|你们选|你选|随便")]
    private static partial Regex ShopChooses();

    // "换一件也行", "退钱也可以": one remedy offered as acceptable, not insisted on.
    [GeneratedRegex("也行|也可以|也好|也成|也没问题|也ok")]
    private static partial Regex AlsoFine();
}
