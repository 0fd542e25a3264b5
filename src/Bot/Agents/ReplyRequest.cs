namespace ShopBot.Bot.Agents;

/// <summary>The body of <c>POST .../messages</c> and <c>POST .../screen</c>.</summary>
public sealed class ReplyRequest
{
    public string? Text { get; set; }
}
