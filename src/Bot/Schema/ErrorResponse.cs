namespace ShopBot.Bot.Schema;

/// <summary>The Bot Framework error body: <c>{"error":{"code":"BadArgument","message":"..."}}</c>.</summary>
public sealed record ErrorResponse(Error Error)
{
    public static ErrorResponse Of(string code, string message) => new(new Error(code, message));
}
