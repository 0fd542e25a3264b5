using System.Globalization;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels.Streaming;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET /v3/directline/conversations/{id}/stream?watermark=&amp;t=TOKEN</c>: the WebSocket of Direct Line 3.0. The
/// stream URL carries the conversation's token (<c>t</c>), so the upgrade request needs no header; from the watermark
/// on, the server pushes activity sets (<c>{"activities":[...],"watermark":"..."}</c>), typing included, and an empty
/// message as a heartbeat. A client that lost the socket asks <c>GET /conversations/{id}?watermark=</c> for a new URL.
/// </summary>
public sealed partial class DirectLineStream(
    DirectLineConversations conversations,
    DirectLineTokens tokens,
    IConversationFeed feed,
    DirectLineStreams streams,
    IHostApplicationLifetime lifetime,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineStream> logger)
{
    public async Task<IResult> RunAsync(HttpContext http, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return ChannelErrors.BadArgument("The stream URL is for a WebSocket connection; poll GET /conversations/{id}/activities otherwise.");
        }

        var query = http.Request.Query;
        var credential = query.TryGetValue("t", out var t) ? DirectLineCredential.Of(t.ToString(), tokens) : DirectLineCredential.Read(http.Request, tokens);
        var (payload, error) = await DirectLineEndpoints.AuthorizeAsync(credential, conversationId, conversations, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var watermark = query["watermark"].ToString();
        long from = 0;
        if (watermark.Length > 0 && !long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from))
        {
            return ChannelErrors.BadArgument("The watermark must be a value this service returned (a non-negative whole number).");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new DirectLineStreamConnection(socket, conversationId, payload!.UserId, from, conversations, options.Value.StreamHeartbeatInterval, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping, http.RequestAborted);
        using var registration = streams.Add(conversationId, stop);
        using var subscription = await feed.SubscribeAsync(conversationId, connection.OnChange, stop.Token).ConfigureAwait(false);
        LogOpened(conversationId, from);
        await connection.RunAsync(stop.Token).ConfigureAwait(false);
        LogClosed(conversationId, connection.Watermark);
        return Results.Empty;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stream of {ConversationId} opened at watermark {Watermark}")]
    private partial void LogOpened(string conversationId, long watermark);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stream of {ConversationId} closed at watermark {Watermark}")]
    private partial void LogClosed(string conversationId, long watermark);
}
