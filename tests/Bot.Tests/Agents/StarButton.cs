using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>What Web Chat posts when the buyer presses a star button: the messageBack's text and its value.</summary>
internal static class StarButton
{
    public static async Task PressAsync(HttpClient http, TestBuyer buyer, int stars)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = $"{stars}星",
            Value = JsonSerializer.SerializeToElement(new Dictionary<string, int> { ["rating"] = stars }),
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["clientActivityID"] = "star-" + Guid.NewGuid().ToString("N") }),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{buyer.ConversationId}/activities")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", buyer.Token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
