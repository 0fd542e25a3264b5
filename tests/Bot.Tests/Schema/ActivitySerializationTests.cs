using System.Text.Json;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Tests.Schema;

public sealed class ActivitySerializationTests
{
    [Fact]
    public void Activity_round_trips_with_camel_case_names_and_keeps_unknown_properties()
    {
        const string json = """{"type":"message","id":"1","channelId":"directline","from":{"id":"u","role":"user"},"conversation":{"id":"c"},"text":"你好","channelData":{"clientActivityID":"x"},"suggestedActions":{"actions":[{"type":"imBack","title":"查物流","value":"查物流"}]},"entities":[{"type":"ClientCapabilities"}]}""";

        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        Assert.Equal("你好", activity.Text);
        Assert.Equal("查物流", activity.SuggestedActions!.Actions![0].Title);
        using var document = JsonDocument.Parse(written);
        var root = document.RootElement;
        Assert.Equal("x", root.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("ClientCapabilities", root.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal("user", root.GetProperty("from").GetProperty("role").GetString());
        Assert.False(root.TryGetProperty("replyToId", out _));
    }
}
