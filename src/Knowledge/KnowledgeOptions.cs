namespace ShopBot.Knowledge;

/// <summary>Where the knowledge base is, bound from <c>KnowledgeBase</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "KnowledgeBase";

    /// <summary>The <c>knowledge-base</c> folder; when empty, the nearest one above the working directory.</summary>
    public string? Root { get; set; }
}
