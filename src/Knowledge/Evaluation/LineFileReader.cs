using System.Text;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Evaluation;

/// <summary>
/// Reads a UTF-8 text file of one record per line, strictly: the whole file is checked before anything is used,
/// so a bad file is refused as a whole with the reason, never half-processed. Lines are sanitised (<see cref="UntrustedText"/>).
/// </summary>
public static class LineFileReader
{
    public const int MaxLineLength = 4000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The non-blank lines with their 1-based numbers.</summary>
    public static IReadOnlyList<(int Number, string Text)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such file (looked for {Path.GetFullPath(path)}).");
        }

        string content;
        try
        {
            content = StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException exception)
        {
            throw new InputFileException($"{path}: not valid UTF-8 (bad byte at offset {exception.Index}).");
        }

        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content[1..];
        }

        var lines = new List<(int, string)>();
        var number = 0;
        foreach (var raw in content.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length > MaxLineLength)
            {
                throw new InputFileException($"{path}:{number}: line is {line.Length} characters long; the limit is {MaxLineLength}.");
            }

            if (line.Trim().Length > 0)
            {
                lines.Add((number, UntrustedText.Sanitize(line)!));
            }
        }

        return lines.Count > 0 ? lines : throw new InputFileException($"{path}: the file is empty.");
    }

    /// <summary>Lines of <c>label&lt;TAB&gt;text</c>.</summary>
    public static IReadOnlyList<LabeledLine> ReadLabeled(string path) =>
        Read(path).Select(line =>
        {
            var tab = line.Text.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || line.Text[(tab + 1)..].Trim().Length == 0)
            {
                throw new InputFileException($"{path}:{line.Number}: expected 'label<TAB>text'.");
            }

            return new LabeledLine(line.Number, line.Text[..tab].Trim(), line.Text[(tab + 1)..].Trim());
        }).ToList();
}
