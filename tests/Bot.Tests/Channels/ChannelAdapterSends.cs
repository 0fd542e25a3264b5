using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>Sends one activity into a conversation outside a buyer's turn, as the host's notices and agents do.</summary>
internal static class ChannelAdapterSends
{
    public static Task SendToConversationAsync(this IServiceProvider services, string conversationId, Activity activity) =>
        services.GetRequiredService<ChannelAdapter>().ContinueConversationAsync(conversationId, (turn, ct) => turn.SendActivityAsync(activity, ct));
}
