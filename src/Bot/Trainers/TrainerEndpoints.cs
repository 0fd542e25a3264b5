using Microsoft.Extensions.Options;
using ShopBot.Bot.Buyer;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Consoles;
using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// The trainer API under <c>/api/trainer</c>, every call behind a trainer key: the session, trying an utterance,
/// templates, training examples, retraining, the latest evaluation and the review inbox.
/// </summary>
public static class TrainerEndpoints
{
    public const string Prefix = "/api/trainer";

    private const int MaxClassifyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapTrainerApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(Prefix).RequireAuthorization(ConsoleRoles.Trainer).DisableAntiforgery();
        api.MapGet("/session", Session);
        api.MapPost("/classify", ClassifyAsync);
        TemplateEndpoints.Map(api);
        ExampleEndpoints.Map(api);
        EvaluationEndpoints.Map(api);
        Review.ReviewEndpoints.Map(api);
        return endpoints;
    }

    internal static string TrainerName(HttpContext http) => http.User.Identity?.Name ?? "trainer";

    private static IResult Session(HttpContext http, IOptions<ShopOptions> shop, IOptions<DirectLineOptions> directLine) =>
        Results.Json(new TrainerSession(TrainerName(http), [.. shop.Value.SampleBuyers], directLine.Value.MaxTextLength), TrainerJsonContext.Web.TrainerSession);

    private static async Task<IResult> ClassifyAsync(
        HttpContext http, TrainerDryRun classifier, IOptions<ShopOptions> shop, IOptions<DirectLineOptions> directLine, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBodyReader.ReadAsync(http.Request, TrainerJsonContext.Web.ClassifyRequest, MaxClassifyBytes, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var text = request!.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return TrainerErrors.BadArgument("缺少 text：要试的那句话。");
        }

        // The same limit as a buyer's message: anything longer never reaches the bot.
        if (text.Length > directLine.Value.MaxTextLength)
        {
            return TrainerErrors.TooLarge($"这句话有 {text.Length} 个字；买家一条消息最多 {directLine.Value.MaxTextLength} 个字。");
        }

        var buyerId = string.IsNullOrWhiteSpace(request.BuyerId) ? null : request.BuyerId.Trim();
        if (buyerId is not null && !shop.Value.SampleBuyers.Any(b => string.Equals(b.Id, buyerId, StringComparison.Ordinal)))
        {
            return TrainerErrors.BadArgument("buyerId 只能是示例买家之一（Shop:SampleBuyers），或者不填。");
        }

        var response = await classifier.ClassifyAsync(text, buyerId, cancellationToken).ConfigureAwait(false);
        return Results.Json(response, TrainerJsonContext.Web.ClassifyResponse);
    }
}
