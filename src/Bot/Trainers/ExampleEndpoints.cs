using ShopBot.Bot.Channels;
using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// <c>/api/trainer/examples</c>: the intents with their example counts, one intent's lines, and replacing them.
/// Lines are checked first; a refused save is a 422 with every problem and leaves the file as it was.
/// </summary>
internal static class ExampleEndpoints
{
    public const int MaxExamplesBytes = 1024 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/examples", (IntentExampleFiles files) => Results.Json(files.List(), TrainerJsonContext.Web.ExampleList));
        api.MapGet("/examples/{intent}", ReadAsync);
        api.MapPut("/examples/{intent}", SaveAsync);
    }

    private static async Task<IResult> ReadAsync(string intent, IntentExampleFiles files, CancellationToken cancellationToken)
    {
        var (file, error) = Locate(intent, files);
        return error ?? Results.Json(await files.ReadAsync(file!, cancellationToken).ConfigureAwait(false), TrainerJsonContext.Web.ExampleFileView);
    }

    private static async Task<IResult> SaveAsync(HttpContext http, string intent, IntentExampleFiles files, CancellationToken cancellationToken)
    {
        var (file, error) = Locate(intent, files);
        if (error is not null)
        {
            return error;
        }

        var (update, bodyError) = await JsonBodyReader.ReadAsync(http.Request, TrainerJsonContext.Web.ExampleUpdate, MaxExamplesBytes, cancellationToken).ConfigureAwait(false);
        if (bodyError is not null)
        {
            return bodyError;
        }

        if (update!.Lines is not { } lines)
        {
            return TrainerErrors.BadArgument("'lines' is required: the examples (and '#' comments) below the file's header, one per item.");
        }

        var problems = files.Check(lines);
        if (problems.Count > 0)
        {
            return TrainerErrors.Refused($"The examples of '{intent}' were refused; nothing was written.", problems);
        }

        var count = await files.SaveAsync(file!, lines, cancellationToken).ConfigureAwait(false);
        return Results.Json(new ExamplesSaved(intent, count), TrainerJsonContext.Web.ExamplesSaved);
    }

    private static (string? File, IResult? Error) Locate(string intent, IntentExampleFiles files)
    {
        if (!IntentExampleFiles.IsValidIntentName(intent))
        {
            return (null, TrainerErrors.BadArgument("An intent name is lower-case letters and '_', e.g. track or refund_unshipped."));
        }

        return files.FileOf(intent) is { } file ? (file, null) : (null, TrainerErrors.NotFound($"There is no intent '{intent}'."));
    }
}
