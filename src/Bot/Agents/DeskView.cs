namespace ShopBot.Bot.Agents;

/// <summary>
/// <c>GET /api/agent/desk</c> and the <c>desk</c> event: when each of the agent's chats goes back to the queue unless
/// answered (chats whose buyer is not waiting are left out), when the console warns, and the transfers offered to the
/// agent. <see cref="ServerTime"/> lets the console count down on the server's clock.
/// </summary>
public sealed record DeskView(
    DateTimeOffset ServerTime,
    int AnswerTimeoutSeconds,
    int WarningSeconds,
    IReadOnlyList<AnswerDeadline> Deadlines,
    IReadOnlyList<TransferOfferItem> Transfers);
