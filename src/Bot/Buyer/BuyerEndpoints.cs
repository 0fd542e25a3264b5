using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Buyer;

/// <summary>
/// The buyer page's own calls. In Development the server hands out tokens for the sample buyers, so the page works
/// without a login; in production a shop issues tokens from its own login with <c>/v3/directline/tokens/generate</c>.
/// </summary>
public static class BuyerEndpoints
{
    public const string Locale = "zh-CN";

    public static IEndpointRouteBuilder MapBuyerPage(this IEndpointRouteBuilder endpoints, bool sampleBuyerLogin)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/buyer/config", (IOptions<ShopOptions> shop) => Results.Json(ConfigOf(shop.Value, sampleBuyerLogin), BotJsonContext.Default.BuyerPageConfig));
        if (sampleBuyerLogin)
        {
            endpoints.MapPost("/api/buyer/token", IssueSampleTokenAsync);
        }

        return endpoints;
    }

    private static BuyerPageConfig ConfigOf(ShopOptions shop, bool sampleBuyerLogin) => new(
        shop.Name,
        Locale,
        "/v3/directline",
        shop.AccentColor,
        shop.BackgroundColor,
        shop.BotBubbleColor,
        shop.UserBubbleColor,
        shop.UserBubbleTextColor,
        sampleBuyerLogin ? [.. shop.SampleBuyers] : []);

    private static async Task<IResult> IssueSampleTokenAsync(HttpContext http, IOptions<ShopOptions> shop, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBodyReader.ReadAsync(http.Request, BotJsonContext.Default.BuyerTokenRequest, 4096, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var buyer = shop.Value.SampleBuyers.FirstOrDefault(b => string.Equals(b.Id, request!.UserId, StringComparison.Ordinal));
        if (buyer is null)
        {
            return ChannelErrors.Forbidden("Only the sample buyers of Shop:SampleBuyers can be chosen here.");
        }

        var conversation = await conversations.StartAsync(buyer.Id, buyer.Name, cancellationToken).ConfigureAwait(false);
        return Results.Json(new BuyerToken(conversation.Token, conversation.ConversationId, buyer.Id, buyer.Name, conversation.ExpiresIn), BotJsonContext.Default.BuyerToken);
    }
}
