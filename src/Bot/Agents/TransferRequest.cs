namespace ShopBot.Bot.Agents;

/// <summary>The body of <c>POST .../transfer</c>: the colleague's agent id.</summary>
public sealed class TransferRequest
{
    public string? ToAgent { get; set; }
}
