using Serilog.Core;
using Serilog.Events;

namespace ShopBot.Bot.Turns;

/// <summary>
/// The turn's correlation, conversation and channel ids on every log line of the turn: one log-context entry for the
/// three (as three <c>LogContext.PushProperty</c> calls would add them), so a turn changes the async context once.
/// </summary>
internal sealed class TurnLogProperties(string correlationId, string? conversationId, string? channelId) : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(propertyFactory);
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("CorrelationId", correlationId));
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("ConversationId", conversationId));
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("ChannelId", channelId));
    }
}
