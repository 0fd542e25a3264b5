using ShopBot.Bot.Channels;
using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers.Review;

/// <summary>
/// <c>/api/trainer/review</c>: the inbox, and one line labelled into an intent's examples (the same path, guess and 409
/// as adding an example) or dismissed. Deciding a decided line again answers the decision that stands.
/// </summary>
internal static class ReviewEndpoints
{
    private const int MaxRequestBytes = 4 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/review", async (ReviewInbox inbox, CancellationToken cancellationToken) =>
            Results.Json(await inbox.ReadAsync(cancellationToken).ConfigureAwait(false), TrainerJsonContext.Web.ReviewInboxView));
        api.MapPost("/review/{id}", DecideAsync);
    }

    private static async Task<IResult> DecideAsync(
        HttpContext http,
        string id,
        ReviewInbox inbox,
        IReviewDecisions decisions,
        IntentExampleFiles files,
        ExampleGuesser guesser,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (request, bodyError) = await JsonBodyReader.ReadAsync(http.Request, TrainerJsonContext.Web.ReviewRequest, MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var intent = request!.Intent?.Trim();
        var dismiss = request.Dismiss == true;
        if (dismiss == !string.IsNullOrEmpty(intent))
        {
            return TrainerErrors.BadArgument("请二选一：{\"intent\": \"意图 id\"} 把这句加为该意图的例句，或 {\"dismiss\": true} 忽略这句。");
        }

        if (await inbox.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return TrainerErrors.NotFound("待复核里没有这一句（id 不对，或记录已过保留期）。");
        }

        var known = await decisions.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        if (known.TryGetValue(item.Id, out var standing))
        {
            return Done(standing, null);
        }

        var by = TrainerEndpoints.TrainerName(http);
        if (dismiss)
        {
            return Done(await decisions.DecideAsync(new ReviewDecision(item.Id, item.Text, "dismissed", null, by, time.GetUtcNow()), cancellationToken).ConfigureAwait(false), null);
        }

        if (files.FileOf(intent!) is not { } file)
        {
            return TrainerErrors.BadArgument($"没有意图“{intent}”：请从意图列表里选一个。");
        }

        var (result, added) = await ExampleEndpoints.AddLineAsync(intent!, file, item.Text, request.Confirm == true, files, guesser, cancellationToken).ConfigureAwait(false);
        if (added is null)
        {
            return result;
        }

        return Done(await decisions.DecideAsync(new ReviewDecision(item.Id, item.Text, "labelled", intent, by, time.GetUtcNow()), cancellationToken).ConfigureAwait(false), added);
    }

    private static IResult Done(ReviewDecision decision, ExampleAdded? added) =>
        Results.Json(new ReviewDone(decision, added), TrainerJsonContext.Web.ReviewDone);
}
