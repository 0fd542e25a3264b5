using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Finds two needs in one message ("物流到哪了，另外帮我开个发票", "T恤到哪了 四件套什么时候发"): the message is cut at a
/// clause boundary where each side alone is clearly a different request. After a connector (另外, 还有, 顺便 …) that is
/// enough; at a bare comma or space the two sides must also name different orders. Two sides of one need (a quality
/// problem and the return it asks for, where a parcel is and when it ships) stay one need unless they name different
/// orders; conditions, refusals and corrections are always one need.
/// </summary>
public sealed partial class NeedSplitter(IntentUnderstander understander, DialogServices services)
{
    private static readonly HashSet<string> Needs = new(StringComparer.Ordinal)
    {
        IntentIds.Track, IntentIds.Hurry, IntentIds.RefundUnshipped, IntentIds.QualityReturn, IntentIds.Invoice,
        IntentIds.ChangeAddress, IntentIds.NoReasonReturn, IntentIds.PriceProtection, IntentIds.DelayShipment,
        IntentIds.Installation, IntentIds.Repair, IntentIds.CourierChoice, IntentIds.RestoreOrder,
    };

    private static readonly string[][] OneNeed =
    [
        [IntentIds.RefundUnshipped, IntentIds.QualityReturn, IntentIds.NoReasonReturn, IntentIds.Repair, IntentIds.RestoreOrder],
        [IntentIds.Track, IntentIds.Hurry, IntentIds.DelayShipment, IntentIds.CourierChoice],
        [IntentIds.Installation, IntentIds.Repair, IntentIds.QualityReturn],
    ];

    public TwoNeeds? Split(string text, string buyerId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cuts = Cuts(text);
        if (cuts.Count == 0)
        {
            return null;
        }

        var orders = services.Orders.OrdersOf(buyerId);
        var now = services.Time.GetUtcNow();
        var cues = services.Analyzer.Analyze(text, orders, now).Cues;
        if (cues.IsConditional || cues.Negated.Count > 0 || cues.IsCorrection || cues.IsDeferral)
        {
            return null;
        }

        foreach (var cut in cuts)
        {
            var first = understander.Understand(cut.First);
            var second = understander.Understand(cut.Second);
            if (!IsNeed(first) || !IsNeed(second) || first.Intent == second.Intent)
            {
                continue;
            }

            var sameNeed = OneNeed.Any(g => g.Contains(first.Intent) && g.Contains(second.Intent));
            // "颜色不喜欢 能换个白色的吗": one exchange wish, even when the wanted colour fits another order's title.
            if (sameNeed && Flows.QualityProblems.RulesOutDefect(text))
            {
                continue;
            }

            if ((!cut.Joined || sameNeed) && !NameDifferentOrders(cut, orders, now))
            {
                continue;
            }

            return new TwoNeeds(first, second);
        }

        return null;
    }

    /// <summary>Where the message may be cut, connectors first: each cut's two sides, and whether a connector joined them.</summary>
    public static IReadOnlyList<NeedCut> Cuts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cuts = new List<NeedCut>();
        foreach (Match m in Connector().Matches(text))
        {
            Add(cuts, text[..m.Index], text[(m.Index + m.Length)..], joined: true);
        }

        foreach (Match m in Boundary().Matches(text))
        {
            Add(cuts, text[..m.Index], text[(m.Index + m.Length)..], joined: false);
        }

        return cuts;
    }

    private static void Add(List<NeedCut> cuts, string first, string second, bool joined)
    {
        first = first.Trim(Trimmed);
        second = second.Trim(Trimmed);
        if (first.Length >= 2 && second.Length >= 2 && !cuts.Any(c => c.First == first))
        {
            cuts.Add(new NeedCut(first, second, joined));
        }
    }

    private static readonly char[] Trimmed = [' ', '\t', ',', '，', '.', '。', ';', '；', '!', '！', '?', '？', '、', '~', '～'];

    private static bool IsNeed(Understanding understanding) =>
        !understanding.HandoffRequested && understanding.Decision == TurnDecision.Answer && Needs.Contains(understanding.Intent);

    private bool NameDifferentOrders(NeedCut cut, IReadOnlyList<Order> orders, DateTimeOffset now)
    {
        var first = services.Analyzer.Analyze(cut.First, orders, now).MatchedOrderNumbers;
        var second = services.Analyzer.Analyze(cut.Second, orders, now).MatchedOrderNumbers;
        return first.Count > 0 && second.Count > 0 && first[0] != second[0];
    }

    /// <summary>另外, 顺便, 对了 anywhere; 还有, 以及, 再 only where a clause begins ("还有多久到" is one need).</summary>
    [GeneratedRegex("(?:另外|顺便|順便|对了|對了)(?![一那的]?[个個单單笔筆件])(?:再|也|还|還)?|(?<=^|[\\s,，.。;；!！?？、])(?:还有|還有|以及|再就是|并且|並且|同时|同時|and|also)(?:就是)?", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    [GeneratedRegex("[\\s,，.。;；!！?？]+")]
    private static partial Regex Boundary();
}
