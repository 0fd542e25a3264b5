namespace ShopBot.Knowledge.Screening;

/// <summary>
/// A platform rule from <c>rules.yaml</c>: a breach word counts in a sentence that names one of the topics
/// (or in any sentence when there are none) unless the sentence holds one of the exceptions.
/// </summary>
public sealed class ScreeningRule
{
    public string Id { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<string> Topics { get; set; } = [];

    public List<string> Breaches { get; set; } = [];

    public List<string> Unless { get; set; } = [];
}
