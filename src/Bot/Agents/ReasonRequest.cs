namespace ShopBot.Bot.Agents;

/// <summary>The optional body of release, hand back and close: why, for the routing history.</summary>
public sealed class ReasonRequest
{
    public string? Reason { get; set; }
}
