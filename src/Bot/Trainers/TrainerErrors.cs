using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers;

/// <summary>The trainer API's 4xx answers, each with a code and a message that says what to do.</summary>
public static class TrainerErrors
{
    public static IResult Create(int statusCode, string code, string message, IReadOnlyList<string>? problems = null) =>
        Results.Json(new TrainerErrorResponse(new TrainerError(code, message, problems)), TrainerJsonContext.Web.TrainerErrorResponse, statusCode: statusCode);

    public static IResult BadArgument(string message) => Create(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult NotFound(string message) => Create(StatusCodes.Status404NotFound, "NotFound", message);

    public static IResult Refused(string message, IReadOnlyList<string> problems) =>
        Create(StatusCodes.Status422UnprocessableEntity, "Refused", message, problems);

    public static IResult Conflict(string message) => Create(StatusCodes.Status409Conflict, "Conflict", message);

    public static IResult TooLarge(string message) => Create(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult UnsupportedMediaType(string message) => Create(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", message);
}
