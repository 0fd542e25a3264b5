namespace ShopBot.Knowledge;

/// <summary>Where the trainer-owned files live. Every path is derived from one root folder.</summary>
public sealed class KnowledgeBasePaths
{
    public KnowledgeBasePaths(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Intents => Path.Combine(Root, "intents");

    public string TraditionalToSimplified => Path.Combine(Root, "normalisation", "traditional-to-simplified.tsv");

    public string PinyinWords => Path.Combine(Root, "normalisation", "pinyin-words.tsv");

    public string MixedWords => Path.Combine(Root, "normalisation", "mixed-words.tsv");

    public string Screening => Path.Combine(Root, "screening");

    public string Orders => Path.Combine(Root, "orders");

    public string Policies => Path.Combine(Root, "policies");

    public string Templates => Path.Combine(Root, "templates");

    /// <summary>The complaint and abuse words that send a buyer to a person.</summary>
    public string Handoff => Path.Combine(Root, "handoff");

    /// <summary>Word lists for understanding a message: product synonyms, China's administrative divisions.</summary>
    public string Lexicons => Path.Combine(Root, "lexicons");

    /// <summary>Held-out evaluation files (<c>*.tsv</c>, <c>label&lt;TAB&gt;text</c>): never trained on, read by the promotion gate.</summary>
    public string Evaluation => Path.Combine(Root, "evaluation");

    /// <summary>
    /// Finds the <c>knowledge-base</c> folder: the configured path when given, else the nearest one
    /// above the working directory or above the running assembly.
    /// </summary>
    public static KnowledgeBasePaths Locate(string? configuredRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredRoot))
        {
            return Directory.Exists(configuredRoot)
                ? new KnowledgeBasePaths(configuredRoot)
                : throw new DirectoryNotFoundException($"KnowledgeBase:Root points to '{configuredRoot}', which does not exist.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "knowledge-base");
                if (Directory.Exists(candidate))
                {
                    return new KnowledgeBasePaths(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("No knowledge-base folder found above the working directory; set KnowledgeBase:Root.");
    }
}
