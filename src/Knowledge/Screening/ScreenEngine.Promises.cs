namespace ShopBot.Knowledge.Screening;

public sealed partial class ScreenEngine
{
    /// <summary>How many characters after a certainty marker its delivery time or outcome may come (保证三天内送达).</summary>
    private const int SubjectReach = 10;

    /// <summary>
    /// A promise is a certainty marker (一定, 保证, 准时 ...) followed closely, in the same sentence, by a delivery time or
    /// an outcome (明天一定到, 保证三天内送达), and not negated (不能保证, 不一定). What comes before the marker is not
    /// its subject (收到货后一定联系我们 asks the buyer to act). Hedged wording (预计, 一般, 尽量) carries no marker and
    /// passes. A word listed both as marker and as subject (必达) is a promise on its own.
    /// </summary>
    private static void FindPromises(HitSet hits, List<Finding> findings)
    {
        var subjects = hits.Live(TermRole.PromiseSubject).ToList();
        var markers = hits.Live(TermRole.PromiseMarker).ToList();
        foreach (var marker in markers)
        {
            // The longest marker gives the rewrite: 一定会 (会尽量), not the 一定 inside it.
            if (hits.IsNegated(marker) || markers.Exists(m => m.Start <= marker.Start && m.End >= marker.End && m.Length > marker.Length))
            {
                continue;
            }

            var subject = subjects
                .Where(s => s.Sentence == marker.Sentence)
                .Where(s => s.Start >= marker.Start && s.Start - marker.End <= SubjectReach)
                .OrderBy(s => s.Start)
                .Cast<TermHit?>()
                .FirstOrDefault();
            if (subject is not { } found)
            {
                continue;
            }

            var (start, end) = hits.View.OriginalSpan(Math.Min(marker.Start, found.Start), Math.Max(marker.End, found.End));
            var (markerStart, markerEnd) = hits.View.OriginalSpan(marker.Start, marker.End);
            findings.Add(new Finding(ViolationKind.Promise, start, end, markerStart, markerEnd, marker.Term.Replacement));
        }
    }
}
