using Microsoft.Extensions.Options;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary><c>POST /api/messages</c>: an activity from a Bot Framework channel, answered at its <c>serviceUrl</c>.</summary>
public static class BotFrameworkEndpoints
{
    private const int MaxActivityBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/messages", ReceiveAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, TurnPipeline pipeline, ConnectorDelivery delivery, TranscriptWriter writer, IOptions<BotFrameworkOptions> options, CancellationToken cancellationToken)
    {
        var (activity, error) = await JsonBodyReader.ReadAsync(http.Request, BotJsonContext.Default.Activity, MaxActivityBytes, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrEmpty(activity!.Type) || string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ChannelId))
        {
            return ChannelErrors.BadArgument("An activity needs 'type', 'channelId' and 'conversation.id'.");
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            return ChannelErrors.BadArgument("'serviceUrl' must be an absolute http(s) address to send the reply to.");
        }

        if (!options.Value.AllowedServiceHosts.Contains(serviceUrl.Host, StringComparer.OrdinalIgnoreCase))
        {
            return ChannelErrors.Forbidden($"The service host '{serviceUrl.Host}' is not in BotFramework:AllowedServiceHosts.");
        }

        await writer.AppendAsync(activity, cancellationToken).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(options.Value.ReplyTimeout);
        await pipeline.RunAsync(new TurnContext(activity, delivery), timeout.Token).ConfigureAwait(false);
        return Results.Ok();
    }
}
