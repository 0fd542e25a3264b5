namespace ShopBot.Knowledge.Screening;

/// <summary>
/// Reads a trainer-edited word list: one entry a line, <c>#</c> starts a comment line, <c>[name]</c> starts a section,
/// and <c>word =&gt; replacement</c> gives the wording a rewrite uses (nothing after <c>=&gt;</c>: the word is dropped).
/// </summary>
public static class LexiconFile
{
    private const string Arrow = "=>";

    /// <summary>The entries of the file: section (empty before the first header), term, replacement (null when not given), source.</summary>
    public static IReadOnlyList<(string Section, string Term, string? Replacement, string Source)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ScreeningLexiconException($"{path}: no such file.");
        }

        var entries = new List<(string, string, string?, string)>();
        var section = string.Empty;
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            var source = $"{Path.GetFileName(path)}:{number}";
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line.Length > 2 && line[^1] == ']'
                    ? line[1..^1].Trim()
                    : throw new ScreeningLexiconException($"{source}: a section header is written [name].");
                continue;
            }

            var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
            var term = (arrow < 0 ? line : line[..arrow]).Trim();
            var replacement = arrow < 0 ? null : line[(arrow + Arrow.Length)..].Trim();
            if (term.Length == 0)
            {
                throw new ScreeningLexiconException($"{source}: the word before '=>' is missing.");
            }

            entries.Add((section, term, replacement, source));
        }

        return entries;
    }
}
