using System.Text.Json;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Trainers;

namespace ShopBot.Bot.Tests.Schema;

/// <summary>
/// Every JSON context that reads request bodies sanitises strings: Direct Line and <c>/api/messages</c> activities
/// (one context), agent replies and screens, trainer classify and examples.
/// </summary>
public sealed class UntrustedStringConverterTests
{
    [Fact]
    public void An_activity_from_any_channel_is_read_sanitised_in_every_string()
    {
        const string json = """{"type":"message","conversation":{"id":"c\uFFFE"},"from":{"id":"u","name":"买\uFDD0家"},"text":"在吗\uFFFE\u0007\r\n好"}""";

        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;

        Assert.Equal("在吗\uFFFD\n好", activity.Text);
        Assert.Equal("买\uFFFD家", activity.From!.Name);
        Assert.Equal("c\uFFFD", activity.Conversation!.Id);
    }

    [Fact]
    public void Agent_and_trainer_bodies_are_read_sanitised()
    {
        var reply = JsonSerializer.Deserialize("""{"text":"好的\uFFFF"}""", AgentJsonContext.Default.ReplyRequest)!;
        var classify = JsonSerializer.Deserialize("""{"text":"快递\uDBFF\uDFFF"}""", TrainerJsonContext.Web.ClassifyRequest)!;
        var examples = JsonSerializer.Deserialize("""{"lines":["发票\uFFFE"]}""", TrainerJsonContext.Web.ExampleUpdate)!;

        Assert.Equal("好的\uFFFD", reply.Text);
        Assert.Equal("快递\uFFFD", classify.Text);
        Assert.Equal("发票\uFFFD", Assert.Single(examples.Lines!));
    }

    [Fact]
    public void Safe_text_round_trips_unchanged()
    {
        var written = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = "第一行\n\t第二行 😭" }, BotJsonContext.Default.Activity);

        Assert.Equal("第一行\n\t第二行 😭", JsonSerializer.Deserialize(written, BotJsonContext.Default.Activity)!.Text);
    }
}
