using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// One open stream: whenever the feed says the transcript grew it sends what lies past the watermark, one activity per
/// message (as the protocol's examples do), passes on unstored activities (typing) from others, and sends an empty
/// message when it was quiet for a heartbeat interval.
/// Only this loop writes to the socket; a second loop reads the client's pings and its close.
/// </summary>
internal sealed class DirectLineStreamConnection(
    WebSocket socket,
    string conversationId,
    string userId,
    long watermark,
    DirectLineConversations conversations,
    TimeSpan heartbeat,
    TimeProvider time)
{
    /// <summary>Typing waiting to be sent past this are dropped: they only say "someone is typing", which a later one says again.</summary>
    private const int MaxWaitingEphemeral = 16;

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentQueue<Activity> _ephemeral = new();
    private int _transcriptGrew = 1;
    private CancellationTokenSource? _quiet;

    public long Watermark { get; private set; } = watermark;

    public void OnChange(Activity? ephemeral)
    {
        if (ephemeral is null)
        {
            Volatile.Write(ref _transcriptGrew, 1);
        }
        else if (ephemeral.From?.Id != userId && _ephemeral.Count < MaxWaitingEphemeral)
        {
            _ephemeral.Enqueue(ephemeral);
        }

        _wake.Writer.TryWrite(true);
    }

    public async Task RunAsync(CancellationToken stop)
    {
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var stopsWait = closed.Token.UnsafeRegister(static state => ((DirectLineStreamConnection)state!).CancelWait(), this);
        var receiving = ReceiveAsync(closed);
        try
        {
            while (!closed.IsCancellationRequested)
            {
                await SendPendingAsync(closed.Token).ConfigureAwait(false);
                if (!await WaitAsync(closed.Token).ConfigureAwait(false))
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, closed.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Closed by the client, the host or the store.
        }
        catch (WebSocketException)
        {
            // The connection broke; the client reconnects with its watermark.
        }
        finally
        {
            await CloseAsync(stop.IsCancellationRequested).ConfigureAwait(false);
            await closed.CancelAsync().ConfigureAwait(false);
            await receiving.ConfigureAwait(false);
            _quiet?.Dispose();
        }
    }

    private async Task SendPendingAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _transcriptGrew, 0) == 1)
        {
            IReadOnlyList<ActivitySetJson> sets;
            while ((sets = await conversations.ReadJsonOneByOneAsync(conversationId, Watermark, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                foreach (var set in sets)
                {
                    Watermark = set.Watermark;
                    if (set.Count > 0)
                    {
                        await socket.SendAsync(set.Utf8, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }

        while (_ephemeral.TryDequeue(out var activity))
        {
            await SendAsync(new ActivitySet([activity], Watermark.ToString(CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task SendAsync(ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, TranscriptJson.ActivitySet), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>True when woken by a change, false after a quiet heartbeat interval.</summary>
    /// <remarks>
    /// Every reply wakes this wait, so it keeps one heartbeat timer for the connection, re-armed each time (a new one
    /// only after it fired), instead of a timer and a linked token per wait; closing cancels it through
    /// <see cref="RunAsync"/>'s registration.
    /// </remarks>
    private async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        if (_wake.Reader.TryRead(out _))
        {
            return true;
        }

        if (_quiet is not null && _quiet.TryReset())
        {
            _quiet.CancelAfter(heartbeat);
        }
        else
        {
            _quiet?.Dispose();
            Volatile.Write(ref _quiet, new CancellationTokenSource(heartbeat, time));
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await _wake.Reader.ReadAsync(_quiet.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void CancelWait()
    {
        try
        {
            Volatile.Read(ref _quiet)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Replaced by a fresh timer after a heartbeat: the loop checks the stop before it waits on that one.
        }
    }

    /// <summary>Reads (and drops) the client's empty pings until it closes, then stops the sending loop.</summary>
    private async Task ReceiveAsync(CancellationTokenSource closed)
    {
        var buffer = new byte[256];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), closed.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The sending loop ended first.
        }
        catch (WebSocketException)
        {
            // The connection broke.
        }

        await closed.CancelAsync().ConfigureAwait(false);
    }

    private async Task CloseAsync(bool serverStopping)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(serverStopping ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure,
                serverStopping ? "going away" : null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Nothing more to tell a client that is gone.
        }
    }
}
