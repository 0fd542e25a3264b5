namespace ShopBot.Knowledge.Text;

/// <summary>
/// Text after folding, with the index in the original text of every folded character,
/// so that a match found in <see cref="Text"/> can be reported at its place in the original.
/// </summary>
public sealed record NormalizedText(string Text, IReadOnlyList<int> SourceIndex)
{
    public int SourceStart(int foldedIndex) => SourceIndex[foldedIndex];
}
