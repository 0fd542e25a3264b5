using System.Collections.Concurrent;

namespace ShopBot.Knowledge.Policies;

/// <summary>
/// The best policy for questions already asked, per normalised question and set of left-out entries: a ranking depends
/// only on those and on the index, and buyers ask the same few questions again and again. One memory belongs to one
/// loaded index, so reloading the policies starts with an empty one. Bounded: questions longer than
/// <see cref="RememberedLength"/> are not kept, and at <see cref="Capacity"/> questions the memory starts over.
/// </summary>
public sealed class PolicyMatchMemory
{
    public const int Capacity = 4096;

    public const int RememberedLength = 500;

    /// <summary>Between the question and the left-out ids in a key (never in normalised text, never in an id).</summary>
    private const char Separator = '\u0001';

    private readonly ConcurrentDictionary<string, PolicyMatch?> _matches = new(StringComparer.Ordinal);

    public int Count => _matches.Count;

    /// <summary>The remembered answer for the question, or <paramref name="find"/>'s, remembered when the question is short enough.</summary>
    /// <param name="normalisedQuestion">The question as the index sees it (<see cref="CharacterGrams.Normalize"/>).</param>
    /// <param name="state">What <paramref name="find"/> needs (so that a remembered answer costs no closure).</param>
    public PolicyMatch? GetOrAdd<TState>(string normalisedQuestion, IReadOnlyCollection<string>? skip, TState state, Func<TState, PolicyMatch?> find)
    {
        ArgumentNullException.ThrowIfNull(normalisedQuestion);
        ArgumentNullException.ThrowIfNull(find);
        if (normalisedQuestion.Length > RememberedLength)
        {
            return find(state);
        }

        var key = Key(normalisedQuestion, skip);
        if (_matches.TryGetValue(key, out var known))
        {
            return known;
        }

        if (_matches.Count >= Capacity)
        {
            _matches.Clear();
        }

        return _matches.GetOrAdd(key, find(state));
    }

    private static string Key(string question, IReadOnlyCollection<string>? skip)
    {
        if (skip is null || skip.Count == 0)
        {
            return question;
        }

        var ids = skip.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal);
        return string.Concat(question, Separator.ToString(), string.Join(Separator, ids));
    }
}
