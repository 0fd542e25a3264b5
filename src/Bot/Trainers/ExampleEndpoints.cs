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
        api.MapPost("/examples/{intent}/lines", AddAsync);
    }

    /// <summary>
    /// Adds one sentence (from the dry run, or a line a trainer labels) to an intent's examples, with the model in
    /// use's guess; a sentence the model firmly puts in another intent is a 409 until sent again with confirm.
    /// </summary>
    private static async Task<IResult> AddAsync(HttpContext http, string intent, IntentExampleFiles files, ExampleGuesser guesser, CancellationToken cancellationToken)
    {
        var (file, error) = Locate(intent, files);
        if (error is not null)
        {
            return error;
        }

        var (request, bodyError) = await JsonBodyReader.ReadAsync(http.Request, TrainerJsonContext.Web.ExampleAddRequest, MaxExamplesBytes, cancellationToken).ConfigureAwait(false);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var text = request!.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return TrainerErrors.BadArgument("缺少 text：要加入的那句话。");
        }

        return (await AddLineAsync(intent, file!, text, request.Confirm == true, files, guesser, cancellationToken).ConfigureAwait(false)).Result;
    }

    /// <summary>
    /// Adds <paramref name="text"/> to <paramref name="intent"/>'s example <paramref name="file"/> unless the model in use
    /// firmly puts it elsewhere and it is not confirmed (a 409 with the guess) or the line is refused (a 422).
    /// </summary>
    internal static async Task<(IResult Result, ExampleAdded? Added)> AddLineAsync(
        string intent, string file, string text, bool confirm, IntentExampleFiles files, ExampleGuesser guesser, CancellationToken cancellationToken)
    {
        var guess = guesser.Guess(text);
        var name = Knowledge.Intents.IntentNames.Of(intent);
        if (guesser.IsFirmlyElsewhere(guess, intent) && !confirm)
        {
            return (Results.Json(
                new ExampleDisagreement(new TrainerError("ModelDisagrees", $"现用模型很确定这句是“{guess.Name}”（{Percent(guess.Confidence)}），不是“{name}”。确认没有放错，再点“仍然加入”（confirm: true）。", null), guess),
                TrainerJsonContext.Web.ExampleDisagreement,
                statusCode: StatusCodes.Status409Conflict), null);
        }

        var (problems, count) = await files.AddAsync(file, text, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return (TrainerErrors.Refused($"这句没有加入“{name}”，文件没有改动。", problems), null);
        }

        var note = guess.Intent == intent ? null : $"现用模型把这句判为“{guess.Name}”（{Percent(guess.Confidence)}）；重新训练后才会按“{name}”理解。";
        var added = new ExampleAdded(intent, name, text, count, guess, note);
        return (Results.Json(added, TrainerJsonContext.Web.ExampleAdded), added);
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
            return TrainerErrors.BadArgument("缺少 lines：文件头下面的例句（和 # 注释），一项一行。");
        }

        var problems = files.Check(lines);
        if (problems.Count > 0)
        {
            return TrainerErrors.Refused($"“{Knowledge.Intents.IntentNames.Of(intent)}”的例句没有保存，文件没有改动：请改好下面每一处再保存。", problems);
        }

        var count = await files.SaveAsync(file!, lines, cancellationToken).ConfigureAwait(false);
        return Results.Json(new ExamplesSaved(intent, count), TrainerJsonContext.Web.ExamplesSaved);
    }

    private static string Percent(double share) => ((int)Math.Round(share * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static (string? File, IResult? Error) Locate(string intent, IntentExampleFiles files)
    {
        if (!IntentExampleFiles.IsValidIntentName(intent))
        {
            return (null, TrainerErrors.BadArgument("意图 id 只能是小写字母和下划线，例如 track、refund_unshipped。"));
        }

        return files.FileOf(intent) is { } file ? (file, null) : (null, TrainerErrors.NotFound($"没有意图“{intent}”。"));
    }
}
