using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff.Agents;

/// <summary>
/// What an agent reads on taking a conversation: the ticket (intent, reason, summary, order, case records), what the
/// buyer wrote while queued, the transcript so far and the routing history.
/// </summary>
public sealed record AgentHandover(
    ConversationRouting Routing,
    HandoffTicket Ticket,
    IReadOnlyList<string> HeldMessages,
    IReadOnlyList<TranscriptEntry> Transcript,
    IReadOnlyList<RoutingTransition> History);
