using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff.Notifications;

/// <summary>
/// One thing to tell a buyer about the handoff. The host words it (templates, language) and sends it on the buyer's
/// channel; <see cref="Standing"/> is set for queue notices, <see cref="NextOpening"/> outside business hours.
/// </summary>
public sealed record BuyerNotice(
    string ConversationId,
    BuyerNoticeKind Kind,
    QueueStanding? Standing = null,
    DateTimeOffset? NextOpening = null,
    string? AgentId = null);
