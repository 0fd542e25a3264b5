using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels;

/// <summary>Protocol errors in the Bot Framework shape, <c>{"error":{"code","message"}}</c>, with their HTTP status.</summary>
public static class ChannelErrors
{
    public static IResult Create(int statusCode, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), BotJsonContext.Default.ErrorResponse, statusCode: statusCode);

    public static IResult BadArgument(string message) => Create(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult MissingCredential() =>
        Create(StatusCodes.Status401Unauthorized, "Unauthorized", "Send the Direct Line secret or a token as 'Authorization: Bearer ...'.");

    public static IResult Forbidden(string message) => Create(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static IResult TokenExpired() =>
        Create(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; get a new one from the page that issued it.");

    public static IResult NotFound(string message) => Create(StatusCodes.Status404NotFound, "NotFound", message);

    public static IResult TooLarge(string message) => Create(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult UnsupportedMediaType(string message) => Create(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", message);
}
