using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Knowledge.Screening;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Tests.Screening;

/// <summary>The screen over the real lexicon in <c>knowledge-base/screening/</c>, built once for all tests, and the test data files.</summary>
internal static class ScreeningFixture
{
    private static readonly Lazy<KnowledgeBasePaths> LazyPaths = new(() => KnowledgeBasePaths.Locate(null));
    private static readonly Lazy<TextNormalizer> LazyNormalizer = new(() => new TextNormalizer(TraditionalSimplifiedMap.Load(Paths.TraditionalToSimplified)));
    private static readonly Lazy<ReplyScreen> LazyScreen = new(() => NewScreen(Paths));

    public static KnowledgeBasePaths Paths => LazyPaths.Value;

    public static TextNormalizer Normalizer => LazyNormalizer.Value;

    public static ReplyScreen Screen => LazyScreen.Value;

    public static string DataFolder => Path.Combine(Path.GetDirectoryName(Paths.Root)!, "tests", "Knowledge.Tests", "Screening", "Data");

    public static ReplyScreen NewScreen(KnowledgeBasePaths paths) => new(paths, Normalizer, NullLogger<ReplyScreen>.Instance);

    /// <summary>The replies of a data file: one a line, blank lines and '#' comment lines skipped.</summary>
    public static IEnumerable<string> Lines(string file) =>
        File.ReadLines(Path.Combine(DataFolder, file)).Where(l => l.Trim().Length > 0 && !l.StartsWith('#'));

    /// <summary>The expected kind and reply of each line of a <c>kind&lt;TAB&gt;reply</c> file.</summary>
    public static IEnumerable<(ViolationKind Kind, string Text)> Labeled(string file) =>
        Lines(file).Select(l => l.Split('\t', 2)).Select(p => (Enum.Parse<ViolationKind>(p[0], ignoreCase: true), p[1]));
}
