namespace ShopBot.Knowledge.Screening;

/// <summary>
/// Finds every occurrence of every pattern in one pass over the text (Aho-Corasick), whatever the number of patterns.
/// The failure links are compiled into a full transition table over the characters the patterns use,
/// so each character of the text costs one table look-up.
/// </summary>
public sealed class AhoCorasickAutomaton
{
    private const int Root = 0;

    private readonly ushort[] _symbolOf;
    private readonly int _symbolCount;
    private readonly int[] _next;
    private readonly int[][] _outputs;
    private readonly int[] _patternLengths;

    public AhoCorasickAutomaton(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _patternLengths = new int[patterns.Count];
        _symbolOf = new ushort[char.MaxValue + 1];
        var symbols = 0;
        foreach (var pattern in patterns)
        {
            if (string.IsNullOrEmpty(pattern))
            {
                throw new ArgumentException("Patterns must not be empty.", nameof(patterns));
            }

            foreach (var c in pattern.Where(c => _symbolOf[c] == 0))
            {
                _symbolOf[c] = (ushort)++symbols;
            }
        }

        _symbolCount = symbols + 1;
        var trie = BuildTrie(patterns);
        (_next, _outputs) = Compile(trie);
        StateCount = trie.Count;
    }

    public int PatternCount => _patternLengths.Length;

    public int StateCount { get; }

    /// <summary>Appends every occurrence of every pattern in <paramref name="text"/> to <paramref name="hits"/>, ordered by end.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<PatternHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var state = Root;
        for (var i = 0; i < text.Length; i++)
        {
            state = _next[(state * _symbolCount) + _symbolOf[text[i]]];
            foreach (var pattern in _outputs[state])
            {
                hits.Add(new PatternHit(pattern, i + 1 - _patternLengths[pattern], i + 1));
            }
        }
    }

    private List<TrieNode> BuildTrie(IReadOnlyList<string> patterns)
    {
        var trie = new List<TrieNode> { new() };
        for (var p = 0; p < patterns.Count; p++)
        {
            var state = Root;
            foreach (var c in patterns[p])
            {
                var symbol = _symbolOf[c];
                if (!trie[state].Children.TryGetValue(symbol, out var child))
                {
                    child = trie.Count;
                    trie.Add(new TrieNode());
                    trie[state].Children[symbol] = child;
                }

                state = child;
            }

            trie[state].Patterns.Add(p);
            _patternLengths[p] = patterns[p].Length;
        }

        return trie;
    }

    private (int[] Next, int[][] Outputs) Compile(List<TrieNode> trie)
    {
        var next = new int[trie.Count * _symbolCount];
        var fail = new int[trie.Count];
        var outputs = new int[trie.Count][];
        outputs[Root] = [.. trie[Root].Patterns];
        var queue = new Queue<int>();
        foreach (var (symbol, child) in trie[Root].Children)
        {
            next[symbol] = child;
            queue.Enqueue(child);
        }

        // Breadth-first, so a state's failure target is complete before the state is filled in.
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state] = [.. trie[state].Patterns, .. outputs[fail[state]]];
            for (var symbol = 0; symbol < _symbolCount; symbol++)
            {
                var fallback = next[(fail[state] * _symbolCount) + symbol];
                if (trie[state].Children.TryGetValue((ushort)symbol, out var child))
                {
                    fail[child] = fallback;
                    next[(state * _symbolCount) + symbol] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    next[(state * _symbolCount) + symbol] = fallback;
                }
            }
        }

        return (next, outputs);
    }

    private sealed class TrieNode
    {
        public Dictionary<ushort, int> Children { get; } = [];

        public List<int> Patterns { get; } = [];
    }
}
