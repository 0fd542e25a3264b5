using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers;

/// <summary><c>/api/trainer/retrain</c> and <c>/api/trainer/eval</c>: retrain and cross-validate, and the latest report with its picture.</summary>
internal static class EvaluationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/retrain", RetrainAsync);
        api.MapGet("/eval", LatestAsync);
        api.MapGet("/eval/confusion.svg", PictureAsync);
    }

    private static async Task<IResult> RetrainAsync(HttpContext http, RetrainCoordinator coordinator)
    {
        EvaluationSummary? summary;
        try
        {
            summary = await coordinator.TryRetrainAsync(TrainerEndpoints.TrainerName(http)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidDataException or DirectoryNotFoundException)
        {
            return TrainerErrors.Refused("The example files cannot be trained on; the model in use is unchanged.", [exception.Message]);
        }

        return summary is null
            ? TrainerErrors.Conflict("A retrain is already running; wait for it to finish, then read GET /api/trainer/eval.")
            : Results.Json(summary, TrainerJsonContext.Web.EvaluationSummary);
    }

    private static async Task<IResult> LatestAsync(RetrainCoordinator coordinator, CancellationToken cancellationToken) =>
        await coordinator.LatestAsync(cancellationToken).ConfigureAwait(false) is { } latest
            ? Results.Json(latest.Summary, TrainerJsonContext.Web.EvaluationSummary)
            : NoReport();

    private static async Task<IResult> PictureAsync(HttpContext http, RetrainCoordinator coordinator, CancellationToken cancellationToken)
    {
        if (await coordinator.LatestAsync(cancellationToken).ConfigureAwait(false) is not { } latest)
        {
            return NoReport();
        }

        // Opened on its own, the picture may run nothing.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return Results.Text(latest.Svg, "image/svg+xml; charset=utf-8");
    }

    private static IResult NoReport() => TrainerErrors.NotFound("There is no evaluation yet: retrain first (POST /api/trainer/retrain).");
}
