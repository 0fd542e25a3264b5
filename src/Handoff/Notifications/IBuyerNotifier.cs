namespace ShopBot.Handoff.Notifications;

/// <summary>The host's way to reach a buyer: handoff notices, and agents' replies once they passed the reply screen.</summary>
public interface IBuyerNotifier
{
    Task NotifyAsync(BuyerNotice notice, CancellationToken cancellationToken = default);

    /// <summary>Delivers an agent's screened reply; called only after the screen allowed it.</summary>
    Task DeliverAgentReplyAsync(string conversationId, string agentId, string text, CancellationToken cancellationToken = default);
}
