using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>Keeps every log event the host writes, after enrichment (so after masking).</summary>
internal sealed class LogCapture : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
}
