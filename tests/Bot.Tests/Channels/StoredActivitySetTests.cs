using System.Text.Json;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Bot.Tests.Channels;

public sealed class StoredActivitySetTests
{
    [Fact]
    public void Stored_activities_are_sent_byte_for_byte_as_reading_and_writing_them_again_would_send_them()
    {
        var user = new ChannelAccount { Id = "买家小王", Name = "小王", Role = RoleTypes.User };
        var bot = new ChannelAccount { Id = "shop-bot", Name = "小店", Role = RoleTypes.Bot };
        var stored = new[]
        {
            new Activity { Type = ActivityTypes.ConversationUpdate, Id = "a0", MembersAdded = [user, bot], From = user, Recipient = bot },
            Message("a1", "我的快递到哪了？😀 <b>&'\"+`", user, bot),
            Message("a2", "第一行\r\n第二行", bot, user),
            Message("a3", "坏的\u0085控制符和\uFFFE", user, bot),
            Message("a4", "channelData 为 null", user, bot),
            Message("a5", "按钮和卡片", bot, user),
        };
        stored[1].ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["clientActivityID"] = "web-1" });
        stored[1].LocalTimestamp = new DateTimeOffset(2026, 12, 1, 20, 30, 0, 123, TimeSpan.FromHours(8));
        stored[4].ChannelData = JsonDocument.Parse("null").RootElement;
        stored[5].SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("人工客服")] };
        stored[5].Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.hero", Content = JsonDocument.Parse("""{"title":"订单","n":1.50,"x":null}""").RootElement }];
        stored[5].Properties = new Dictionary<string, JsonElement> { ["extra"] = JsonDocument.Parse("""{"a":[1,true,"\u00e9"]}""").RootElement };
        var entries = stored.Select((a, i) => new TranscriptEntry(7 + i, JsonSerializer.Serialize(a, TranscriptJson.Activity))).ToList();

        var sent = StoredActivitySet.Write(entries, 13);

        var readBack = entries.Select(e => JsonSerializer.Deserialize(e.ActivityJson, BotJsonContext.Default.Activity)).OfType<Activity>()
            .Where(a => a.Type != ActivityTypes.ConversationUpdate).ToList();
        var expected = JsonSerializer.SerializeToUtf8Bytes(new ActivitySet(readBack, "13"), TranscriptJson.ActivitySet);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(sent.Utf8.Span));
        Assert.Equal(5, sent.Count);
        Assert.Equal(13, sent.Watermark);
        Assert.Contains("\\r", entries[2].ActivityJson, StringComparison.Ordinal);
        Assert.DoesNotContain("\\r", System.Text.Encoding.UTF8.GetString(sent.Utf8.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_is_kept_and_sent_unescaped_while_html_sensitive_characters_stay_escaped_and_clients_read_the_same_activities()
    {
        var buyer = new ChannelAccount { Id = "买家小王", Name = "小王", Role = RoleTypes.User };
        var shop = new ChannelAccount { Id = "shop-bot", Name = "小店", Role = RoleTypes.Bot };
        var activity = Message("a1", "我的快递到哪了？😀 <script>&'\"+`</script>\n", buyer, shop);
        var entry = new TranscriptEntry(3, JsonSerializer.Serialize(activity, TranscriptJson.Activity));

        var sent = System.Text.Encoding.UTF8.GetString(StoredActivitySet.Write([entry], 4).Utf8.Span);

        Assert.Contains("\"text\":\"我的快递到哪了？\\uD83D\\uDE00 \\u003Cscript\\u003E\\u0026\\u0027\\u0022\\u002B\\u0060\\u003C/script\\u003E\\n\"", entry.ActivityJson, StringComparison.Ordinal);
        Assert.Contains("\"from\":{\"id\":\"买家小王\",\"name\":\"小王\"", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("<", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u6211", sent, StringComparison.Ordinal);
        var escaped = JsonSerializer.SerializeToUtf8Bytes(new ActivitySet([activity], "4"), BotJsonContext.Default.ActivitySet);
        Assert.True(escaped.Length > System.Text.Encoding.UTF8.GetByteCount(sent));
        var read = JsonSerializer.Deserialize(sent, BotJsonContext.Default.ActivitySet)!;
        var readEscaped = JsonSerializer.Deserialize(escaped, BotJsonContext.Default.ActivitySet)!;
        Assert.Equal(JsonSerializer.Serialize(readEscaped, BotJsonContext.Default.ActivitySet), JsonSerializer.Serialize(read, BotJsonContext.Default.ActivitySet));
        Assert.Equal(activity.Text, Assert.Single(read.Activities).Text);
    }

    [Fact]
    public void An_empty_page_is_an_empty_set_at_the_same_watermark()
    {
        var sent = StoredActivitySet.Write([], 4);

        Assert.Equal("""{"activities":[],"watermark":"4"}""", System.Text.Encoding.UTF8.GetString(sent.Utf8.Span));
        Assert.Equal(0, sent.Count);
    }

    private static Activity Message(string id, string text, ChannelAccount from, ChannelAccount to) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Timestamp = new DateTimeOffset(2026, 12, 1, 12, 30, 0, 456, TimeSpan.Zero).AddTicks(7),
        ChannelId = DirectLineConversations.ChannelId,
        Conversation = new ConversationAccount { Id = "conv-1" },
        From = from,
        Recipient = to,
        Text = text,
        TextFormat = TextFormatTypes.Plain,
    };
}
