using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels;

/// <summary>
/// Sends to a conversation outside a buyer's turn: queue positions, "an agent joined", agents' replies. Direct Line
/// buyers see it at their next poll; Bot Framework channel conversations get it at their channel's service URL.
/// </summary>
public interface IConversationMessenger
{
    /// <summary>Sends the activity; throws <see cref="KeyNotFoundException"/> when the conversation is unknown.</summary>
    Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default);
}
