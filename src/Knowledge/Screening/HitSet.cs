namespace ShopBot.Knowledge.Screening;

/// <summary>
/// The lexicon terms found in one reply after the word-boundary checks, and the questions the detectors ask of them:
/// is a span covered by an allowed word, is a term negated just before it.
/// </summary>
internal sealed class HitSet
{
    /// <summary>How far before a term a negation of two or more characters still bears on it (不会要求您转账).</summary>
    private const int LongNegatorReach = 4;

    /// <summary>How far before a term a one-character negation still bears on it (不收手续费, 勿私下交易).</summary>
    private const int ShortNegatorReach = 1;

    private readonly List<TermHit> _allowed = [];
    private readonly List<TermHit> _negators = [];

    public HitSet(ScreeningText view, CompiledLexicon lexicon, List<PatternHit> scratch)
    {
        View = view;
        scratch.Clear();
        lexicon.Automaton.FindAll(view.Compact, scratch);
        foreach (var hit in scratch)
        {
            if (!IsWholeWord(view, hit.Start, hit.End))
            {
                continue;
            }

            foreach (var term in lexicon.TermsOf(hit.Pattern))
            {
                // An allowed word counts only written in one piece: 最好,您 is not the advice 最好您.
                if (term.Role == TermRole.Allowed && !view.IsContiguous(hit.Start, hit.End))
                {
                    continue;
                }

                var termHit = new TermHit(term, hit.Start, hit.End, view.Sentence(hit.Start));
                All.Add(termHit);
                if (term.Role == TermRole.Allowed)
                {
                    _allowed.Add(termHit);
                }
            }
        }

        _negators.AddRange(All.Where(h => h.Term.Role == TermRole.Negator && !IsCovered(h)));
    }

    public ScreeningText View { get; }

    public List<TermHit> All { get; } = [];

    public IEnumerable<TermHit> Live(TermRole role) => All.Where(h => h.Term.Role == role && !IsCovered(h));

    /// <summary>An allowed word spans the hit: 最 in 最近, 第一 in 第一时间, 滚 in 滚筒.</summary>
    public bool IsCovered(TermHit hit) => _allowed.Exists(a => a.Start <= hit.Start && a.End >= hit.End);

    /// <summary>
    /// A negation ends just before the hit, in its clause: 不保证, 请勿私下转账, 不收手续费; not 绝不会掉,包您满意.
    /// </summary>
    public bool IsNegated(TermHit hit) => _negators.Exists(n =>
        n.Sentence == hit.Sentence && n.End <= hit.Start
        && hit.Start - n.End <= (n.Length > 1 ? LongNegatorReach : ShortNegatorReach)
        && !View.HasClauseBreak(n.End, hit.Start));

    /// <summary>
    /// A term must lie in one sentence, and a term that starts or ends with a Latin letter or digit must not be part of a
    /// longer word or number: sb in usb, 第1 in 第12, vx in vxyz are not hits (唯一一款 is: 一 is not a digit as written).
    /// </summary>
    private static bool IsWholeWord(ScreeningText view, int start, int end)
    {
        if (view.Sentence(start) != view.Sentence(end - 1))
        {
            return false;
        }

        var first = view.AsWritten(start);
        var last = view.AsWritten(end - 1);
        var before = view.AsWrittenBefore(start);
        var after = view.AsWrittenAfter(end);
        return !(char.IsAsciiLetter(first) && char.IsAsciiLetter(before))
            && !(char.IsAsciiLetter(last) && char.IsAsciiLetter(after))
            && !(char.IsAsciiDigit(first) && char.IsAsciiDigit(before))
            && !(char.IsAsciiDigit(last) && char.IsAsciiDigit(after));
    }
}
