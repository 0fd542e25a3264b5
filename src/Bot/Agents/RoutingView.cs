namespace ShopBot.Bot.Agents;

/// <summary>Where a conversation stands after a change; <see cref="Changed"/> is false when it was already there.</summary>
public sealed record RoutingView(string ConversationId, string Status, string? AgentId, bool Changed);
