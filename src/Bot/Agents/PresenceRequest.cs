namespace ShopBot.Bot.Agents;

/// <summary>The body of <c>PUT /api/agent/presence</c>: <c>online</c>, <c>away</c> or <c>offline</c>, and optionally the capacity.</summary>
public sealed class PresenceRequest
{
    public string? Presence { get; set; }

    public int? Capacity { get; set; }
}
