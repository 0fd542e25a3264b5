namespace ShopBot.Handoff;

/// <summary>What one sweep did: agents taken offline for silence, and chats released back to the queue.</summary>
public sealed record SweepReport(int AgentsTakenOffline, int ChatsReleased);
