using System.ComponentModel.DataAnnotations;

namespace ShopBot.Knowledge.Policies;

/// <summary>Retrieval settings, bound from <c>Policies</c>.</summary>
public sealed class PolicyOptions
{
    public const string Section = "Policies";

    /// <summary>Below this score (cosine similarity, 0 to 1) the bot does not guess a policy.</summary>
    [Range(0.05, 1.0)]
    public double MinimumScore { get; set; } = 0.3;
}
