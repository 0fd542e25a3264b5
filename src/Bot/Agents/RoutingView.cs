namespace ShopBot.Bot.Agents;

/// <summary>
/// Where a conversation stands after a change; <see cref="Changed"/> is false when it was already there, and
/// <see cref="Delivered"/> false when the change stands but the buyer could not be told.
/// </summary>
public sealed record RoutingView(string ConversationId, string Status, string? AgentId, bool Changed, bool Delivered = true);
