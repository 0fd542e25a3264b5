namespace ShopBot.Bot.Agents;

/// <summary>The body of <c>POST .../notes</c>.</summary>
public sealed class NoteRequest
{
    public string? Text { get; set; }
}
