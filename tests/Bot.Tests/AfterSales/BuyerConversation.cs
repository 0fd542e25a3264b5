using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Tests.Channels;

namespace ShopBot.Bot.Tests.AfterSales;

/// <summary>A buyer on Direct Line: posts lines and reads what came back since the last read.</summary>
internal sealed class BuyerConversation(DirectLineTestClient client, Conversation conversation, string buyerId)
{
    private string _watermark = string.Empty;
    private int _sent;

    public string Id => conversation.ConversationId;

    public static async Task<BuyerConversation> StartAsync(DirectLineTestClient client, string buyerId)
    {
        var conversation = await client.GenerateAsync(buyerId);
        var buyer = new BuyerConversation(client, conversation, buyerId);
        await buyer.ReadAsync();
        return buyer;
    }

    /// <summary>The same conversation, token and read position, through another host.</summary>
    public BuyerConversation On(DirectLineTestClient other) => new(other, conversation, buyerId) { _watermark = _watermark, _sent = _sent };

    /// <summary>Sends a line and returns the bot's messages that followed it.</summary>
    public async Task<string> SayAsync(string text)
    {
        using var response = await client.PostTextAsync(conversation, text, $"client-{++_sent}");
        response.EnsureSuccessStatusCode();
        return await ReadAsync();
    }

    /// <summary>Messages not from the buyer since the last read, joined by new lines.</summary>
    public async Task<string> ReadAsync()
    {
        var set = await client.GetActivitiesAsync(conversation, _watermark);
        _watermark = set.Watermark;
        return string.Join("\n", set.Activities.Where(a => a.From?.Id != buyerId && a.Text is not null).Select(a => a.Text));
    }
}
