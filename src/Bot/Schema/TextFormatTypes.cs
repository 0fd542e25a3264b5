namespace ShopBot.Bot.Schema;

/// <summary>
/// Values of <see cref="Activity.TextFormat"/>. Outgoing text is <c>plain</c> unless the sender asks for markdown, so
/// Web Chat never turns text a buyer typed (echoed or quoted in a reply) into HTML.
/// </summary>
public static class TextFormatTypes
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
}
