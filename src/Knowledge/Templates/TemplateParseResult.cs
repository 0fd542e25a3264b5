namespace ShopBot.Knowledge.Templates;

/// <summary>The templates of one file, or, when anything is wrong, none and every problem found.</summary>
public sealed record TemplateParseResult(IReadOnlyList<ReplyTemplate> Templates, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static TemplateParseResult Failed(string problem) => new([], [problem]);
}
