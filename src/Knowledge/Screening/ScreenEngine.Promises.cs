namespace ShopBot.Knowledge.Screening;

public sealed partial class ScreenEngine
{
    /// <summary>How many characters after a certainty marker its delivery time or outcome may come (保证三天内送达).</summary>
    private const int SubjectReachAfter = 10;

    /// <summary>How many characters before a certainty marker its delivery time or outcome may come (明天一定到).</summary>
    private const int SubjectReachBefore = 8;

    /// <summary>
    /// A promise is a certainty marker (一定, 保证, 准时 ...) bearing on a delivery time or an outcome in the same sentence,
    /// not negated (不能保证, 不一定). Hedged wording (预计, 一般, 尽量) carries no marker and passes. A word listed both as
    /// marker and as subject (必达) is a promise on its own.
    /// </summary>
    private static void FindPromises(HitSet hits, List<Finding> findings)
    {
        var subjects = hits.Live(TermRole.PromiseSubject).ToList();
        foreach (var marker in hits.Live(TermRole.PromiseMarker))
        {
            if (hits.IsNegated(marker))
            {
                continue;
            }

            var subject = subjects
                .Where(s => s.Sentence == marker.Sentence)
                .Where(s => (s.Start >= marker.Start && s.Start - marker.End <= SubjectReachAfter)
                    || (s.End <= marker.End && marker.Start - s.End <= SubjectReachBefore))
                .OrderBy(s => Math.Abs(s.Start - marker.Start))
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
