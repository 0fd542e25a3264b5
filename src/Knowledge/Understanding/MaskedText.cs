using System.Text;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// The folded message as the readers take from it: a span one reader has used (a phone number, an order number, the
/// refused half of a correction) becomes '|' so that no later reader sees it again, and '|' ends a phrase.
/// </summary>
internal sealed class MaskedText(string text)
{
    public const char Mask = '|';

    private readonly StringBuilder _text = new(text);

    public string Text => _text.ToString();

    public void Hide(int index, int length)
    {
        for (var i = index; i < index + length && i < _text.Length; i++)
        {
            _text[i] = Mask;
        }
    }

    public void Hide(TextSpan span) => Hide(span.Index, span.Length);

    /// <summary>The text without spaces, for readers of short phrases ("第 2 个", "尾号 5921").</summary>
    public string Compact => Text.Replace(" ", string.Empty, StringComparison.Ordinal);
}
