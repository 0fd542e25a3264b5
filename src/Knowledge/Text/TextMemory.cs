using System.Collections.Concurrent;

namespace ShopBot.Knowledge.Text;

/// <summary>
/// What a pure reading of a text gave, per text: for readings that depend on the text alone and are asked for again and
/// again, within a turn (the same buyer line read by several checks) or across turns (the bot's own template replies).
/// Bounded: texts longer than <see cref="RememberedLength"/> are not kept, and at <see cref="Capacity"/> texts the
/// memory starts over. What it holds is shared by every caller, so a remembered value must never be changed.
/// </summary>
public sealed class TextMemory<T>
{
    public const int Capacity = 4096;

    public const int RememberedLength = 1000;

    private readonly ConcurrentDictionary<string, T> _known = new(StringComparer.Ordinal);

    public int Count => _known.Count;

    /// <summary>The remembered reading of <paramref name="text"/>, or <paramref name="read"/>'s, remembered when the text is short enough.</summary>
    public T GetOrAdd(string text, Func<string, T> read)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(read);
        if (text.Length > RememberedLength)
        {
            return read(text);
        }

        if (_known.TryGetValue(text, out var known))
        {
            return known;
        }

        if (_known.Count >= Capacity)
        {
            _known.Clear();
        }

        return _known.GetOrAdd(text, read(text));
    }
}
