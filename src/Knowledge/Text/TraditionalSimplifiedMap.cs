using System.Collections.Frozen;

namespace ShopBot.Knowledge.Text;

/// <summary>Character table from Traditional to Simplified Chinese, read from a trainer-editable TSV file.</summary>
public sealed class TraditionalSimplifiedMap
{
    private readonly FrozenDictionary<char, char> _map;

    public TraditionalSimplifiedMap(IReadOnlyDictionary<char, char> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = map.ToFrozenDictionary();
    }

    public int Count => _map.Count;

    public char ToSimplified(char c) => _map.TryGetValue(c, out var simplified) ? simplified : c;

    /// <summary>Reads lines of <c>traditional&lt;TAB&gt;simplified</c>; <c>#</c> starts a comment line.</summary>
    public static TraditionalSimplifiedMap Load(string path)
    {
        var map = new Dictionary<char, char>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Length != 1 || parts[1].Length != 1)
            {
                throw new FormatException($"{path}:{lineNumber}: expected one character, a tab, one character.");
            }

            map[parts[0][0]] = parts[1][0];
        }

        return new TraditionalSimplifiedMap(map);
    }
}
