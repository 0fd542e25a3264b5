using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// <c>/api/trainer/retrain</c> (the promotion gate decides; <c>?override=true</c> promotes a refused model),
/// <c>/api/trainer/eval</c> (the latest report and its picture), and <c>/api/trainer/model</c> with its rollback.
/// </summary>
internal static class EvaluationEndpoints
{
    public const string WorseModel = "WorseModel";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/retrain", RetrainAsync);
        api.MapGet("/eval", LatestAsync);
        api.MapGet("/eval/confusion.svg", PictureAsync);
        api.MapGet("/model", StatusAsync);
        api.MapPost("/model/rollback", RollBackAsync);
    }

    private static async Task<IResult> RetrainAsync(HttpContext http, RetrainCoordinator coordinator)
    {
        var overrideGate = http.Request.Query["override"].ToString() switch
        {
            "" or "false" => (bool?)false,
            "true" => true,
            _ => null,
        };
        if (overrideGate is null || http.Request.Query["override"].Count > 1)
        {
            return TrainerErrors.BadArgument("override 只能是 true 或 false（例如 POST /api/trainer/retrain?override=true）。");
        }

        RetrainOutcome? outcome;
        try
        {
            outcome = await coordinator.TryRetrainAsync(TrainerEndpoints.TrainerName(http), overrideGate.Value).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidDataException or DirectoryNotFoundException or Knowledge.Evaluation.InputFileException)
        {
            return TrainerErrors.Refused("例句文件或评估文件有问题，无法训练；正在使用的模型没有变。", [exception.Message]);
        }

        if (outcome is null)
        {
            return TrainerErrors.Conflict("已有一次训练或回滚在进行，请等它结束后再试（结果见 GET /api/trainer/eval）。");
        }

        return outcome.Summary is { } summary
            ? Results.Json(summary, TrainerJsonContext.Web.EvaluationSummary)
            : Results.Json(
                new RetrainRefusal(new TrainerError(WorseModel, "新模型在留出评估集上比正在使用的模型差，没有上线；正在使用的模型没有变。确认仍要上线，请用“仍然上线”（?override=true）。", outcome.Comparison.Reasons), outcome.Comparison),
                TrainerJsonContext.Web.RetrainRefusal,
                statusCode: StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> StatusAsync(RetrainCoordinator coordinator, CancellationToken cancellationToken) =>
        Results.Json(await coordinator.StatusAsync(cancellationToken).ConfigureAwait(false), TrainerJsonContext.Web.ModelStatus);

    private static async Task<IResult> RollBackAsync(HttpContext http, RetrainCoordinator coordinator, CancellationToken cancellationToken)
    {
        var (stamp, busy) = await coordinator.TryRollBackAsync(TrainerEndpoints.TrainerName(http), cancellationToken).ConfigureAwait(false);
        if (busy)
        {
            return TrainerErrors.Conflict("正在训练或回滚，请等它结束后再回滚。");
        }

        return stamp is null
            ? TrainerErrors.Create(StatusCodes.Status409Conflict, "NoPreviousModel", "没有可以回滚到的上一个模型：至少上线过一次新模型之后才能回滚。")
            : Results.Json(await coordinator.StatusAsync(cancellationToken).ConfigureAwait(false), TrainerJsonContext.Web.ModelStatus);
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

    private static IResult NoReport() => TrainerErrors.NotFound("还没有评估报告：先重新训练一次（POST /api/trainer/retrain）。");
}
