namespace ShopBot.Knowledge.Screening;

/// <summary>A lexicon term found in the compact view of a reply, at [Start, End), in sentence <see cref="Sentence"/>.</summary>
internal readonly record struct TermHit(LexiconTerm Term, int Start, int End, int Sentence)
{
    public int Length => End - Start;
}
