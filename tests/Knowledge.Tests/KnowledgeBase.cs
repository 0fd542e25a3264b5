using ShopBot.Knowledge;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Tests;

/// <summary>The repository's own knowledge base, as the tests read it.</summary>
internal static class KnowledgeBase
{
    public static KnowledgeBasePaths Paths { get; } = KnowledgeBasePaths.Locate(null);

    public static TextNormalizer Normalizer { get; } = new(TraditionalSimplifiedMap.Load(Paths.TraditionalToSimplified));

    public static string RepositoryFile(params string[] parts) => Path.Combine([Path.GetDirectoryName(Paths.Root)!, .. parts]);
}
