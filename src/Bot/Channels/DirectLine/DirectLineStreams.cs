using System.Collections.Concurrent;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>The WebSocket streams open on this host, so they can be closed (the host stopping, or a test dropping them).</summary>
public sealed class DirectLineStreams
{
    private readonly ConcurrentDictionary<CancellationTokenSource, string> _open = new();

    public int Count => _open.Count;

    public IDisposable Add(string conversationId, CancellationTokenSource stop)
    {
        _open[stop] = conversationId;
        return new Registration(this, stop);
    }

    /// <summary>Closes the streams of one conversation (all when null); their clients reconnect with their watermark.</summary>
    public int Close(string? conversationId = null)
    {
        var closed = 0;
        foreach (var (stop, id) in _open)
        {
            if (conversationId is null || string.Equals(id, conversationId, StringComparison.Ordinal))
            {
                stop.Cancel();
                closed++;
            }
        }

        return closed;
    }

    private sealed class Registration(DirectLineStreams owner, CancellationTokenSource stop) : IDisposable
    {
        public void Dispose() => owner._open.TryRemove(stop, out _);
    }
}
