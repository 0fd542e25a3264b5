using System.Net;
using System.Text.Json;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>
/// The trainer's review inbox filled by real Direct Line conversations: lines the bot clarified, fell back on or that
/// the buyer corrected, grouped and counted; labelling one puts it in the examples the next retrain reads.
/// </summary>
public sealed class ReviewInboxTests(ReviewHost fixture) : IClassFixture<ReviewHost>
{
    private TrainerHost Host => fixture.Host;

    [Theory]
    [InlineData("GET", "api/trainer/review", null, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "api/trainer/review/0123456789abcdef", null, HttpStatusCode.Unauthorized)]
    [InlineData("GET", "api/trainer/review", ReviewHost.AgentKey, HttpStatusCode.Forbidden)]
    [InlineData("POST", "api/trainer/review/0123456789abcdef", ReviewHost.AgentKey, HttpStatusCode.Forbidden)]
    public async Task Only_a_trainer_key_opens_the_inbox(string method, string path, string? key, HttpStatusCode expected)
    {
        using var client = Host.WithKey(key);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = TrainerHost.Json("""{"dismiss":true}""") });

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Real_conversations_fill_the_inbox_and_a_labelled_line_is_in_the_next_retrains_examples()
    {
        var first = await BuyerConversation.StartAsync(fixture.DirectLine(), "橙子不酸");
        await first.SayAsync("阿巴阿巴阿巴");
        await first.SayAsync("我那个东西");
        await first.SayAsync("谢谢");
        var second = await BuyerConversation.StartAsync(fixture.DirectLine(), "一只小兔叽");
        await second.SayAsync("我那个东西");
        await second.SayAsync("查一下物流");
        await second.SayAsync("不是，我说的是开发票");
        using var client = Host.Trainer();

        var items = await InboxAsync(client);

        var vague = Assert.Single(items, i => i.GetProperty("text").GetString() == "我那个东西");
        Assert.Equal(2, vague.GetProperty("count").GetInt32());
        Assert.Equal(vague, items[0]);
        Assert.Contains("机器人先澄清", vague.GetProperty("reasonNames").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("other", vague.GetProperty("guess").GetProperty("intent").GetString());
        Assert.Equal(IntentNames.Of("other"), vague.GetProperty("guess").GetProperty("name").GetString());
        Assert.True(vague.GetProperty("guess").TryGetProperty("runnerUp", out _));
        var context = vague.GetProperty("context").EnumerateArray().Select(c => (c.GetProperty("text").GetString(), c.GetProperty("reviewed").GetBoolean())).ToList();
        Assert.Equal([("我那个东西", true), ("查一下物流", false), ("不是 我说的是开发票", false)], context);
        var notUnderstood = Assert.Single(items, i => i.GetProperty("text").GetString() == "阿巴阿巴阿巴");
        Assert.Equal(["fallback"], notUnderstood.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        var corrected = Assert.Single(items, i => i.GetProperty("text").GetString() == "查一下物流");
        Assert.Equal(["corrected"], corrected.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain(items, i => i.GetProperty("text").GetString() == "谢谢");

        using var labelled = await client.PostAsync($"api/trainer/review/{vague.GetProperty("id").GetString()}", TrainerHost.Json("""{"intent":"quality_return"}"""));

        Assert.Equal(HttpStatusCode.OK, labelled.StatusCode);
        var done = await TrainerHost.ReadJsonAsync(labelled);
        Assert.Equal(("labelled", "quality_return", TrainerHost.TrainerName), (
            done.GetProperty("decision").GetProperty("action").GetString(),
            done.GetProperty("decision").GetProperty("intent").GetString(),
            done.GetProperty("decision").GetProperty("by").GetString()));
        Assert.Equal("other", done.GetProperty("added").GetProperty("guess").GetProperty("intent").GetString());
        Assert.Contains(new IntentExample("quality_return", "我那个东西"), IntentExampleSet.Load(Path.Combine(Host.KnowledgeBase, "intents")).Examples);
        Assert.DoesNotContain(await InboxAsync(client), i => i.GetProperty("text").GetString() == "我那个东西");
    }

    [Fact]
    public async Task A_line_the_model_is_sure_of_is_held_back_until_confirmed_and_a_dismissal_is_idempotent()
    {
        var buyer = await BuyerConversation.StartAsync(fixture.DirectLine(), "momo_2019");
        await buyer.SayAsync("我的快递到哪了");
        await buyer.SayAsync("不是，我说的是退款");
        using var client = Host.Trainer();
        var item = Assert.Single(await InboxAsync(client), i => i.GetProperty("text").GetString() == "我的快递到哪了");
        var path = $"api/trainer/review/{item.GetProperty("id").GetString()}";
        var thanks = File.ReadAllText(Path.Combine(Host.IntentsFolder, "thanks.txt"));

        using var held = await client.PostAsync(path, TrainerHost.Json("""{"intent":"thanks"}"""));

        await TrainerHost.AssertErrorAsync(held, HttpStatusCode.Conflict, "ModelDisagrees");
        Assert.Equal(thanks, File.ReadAllText(Path.Combine(Host.IntentsFolder, "thanks.txt")));
        Assert.Contains(await InboxAsync(client), i => i.GetProperty("text").GetString() == "我的快递到哪了");

        using var dismissed = await client.PostAsync(path, TrainerHost.Json("""{"dismiss":true}"""));
        using var again = await client.PostAsync(path, TrainerHost.Json("""{"dismiss":true}"""));

        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var first = (await TrainerHost.ReadJsonAsync(dismissed)).GetProperty("decision");
        var second = (await TrainerHost.ReadJsonAsync(again)).GetProperty("decision");
        Assert.Equal("dismissed", first.GetProperty("action").GetString());
        Assert.Equal(first.GetProperty("at").GetString(), second.GetProperty("at").GetString());
        Assert.DoesNotContain(await InboxAsync(client), i => i.GetProperty("text").GetString() == "我的快递到哪了");
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_and_an_unknown_intent_or_an_empty_request_a_400_in_chinese()
    {
        var buyer = await BuyerConversation.StartAsync(fixture.DirectLine(), "橙子不酸");
        await buyer.SayAsync("嗯嗯那个啥");
        using var client = Host.Trainer();
        var item = Assert.Single(await InboxAsync(client), i => i.GetProperty("text").GetString() == "嗯嗯那个啥");
        var path = $"api/trainer/review/{item.GetProperty("id").GetString()}";

        using var unknownId = await client.PostAsync("api/trainer/review/ffffffffffffffff", TrainerHost.Json("""{"dismiss":true}"""));
        using var unknownIntent = await client.PostAsync(path, TrainerHost.Json("""{"intent":"nothing_here"}"""));
        using var badIntent = await client.PostAsync(path, TrainerHost.Json("""{"intent":"../thanks"}"""));
        using var neither = await client.PostAsync(path, TrainerHost.Json("{}"));

        Assert.Contains("待复核里没有这一句", (await TrainerHost.AssertErrorAsync(unknownId, HttpStatusCode.NotFound, "NotFound")).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("没有意图", (await TrainerHost.AssertErrorAsync(unknownIntent, HttpStatusCode.BadRequest, "BadArgument")).GetProperty("message").GetString(), StringComparison.Ordinal);
        await TrainerHost.AssertErrorAsync(badIntent, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Contains("二选一", (await TrainerHost.AssertErrorAsync(neither, HttpStatusCode.BadRequest, "BadArgument")).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(await InboxAsync(client), i => i.GetProperty("text").GetString() == "嗯嗯那个啥");
    }

    private static async Task<List<JsonElement>> InboxAsync(HttpClient client)
    {
        using var response = await client.GetAsync("api/trainer/review");
        response.EnsureSuccessStatusCode();
        return [.. (await TrainerHost.ReadJsonAsync(response)).GetProperty("items").EnumerateArray()];
    }
}
