using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Tests.Trainers;

public sealed class ClassifyTests(TrainerHost host) : IClassFixture<TrainerHost>
{
    [Fact]
    public async Task An_utterance_gets_every_intent_score_the_decision_and_the_reply_the_bot_would_give()
    {
        using var client = host.Trainer();

        using var response = await client.PostAsync("api/trainer/classify", TrainerHost.Json("""{"text":"我的快遞到哪了？？","buyerId":"一只小兔叽"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await TrainerHost.ReadJsonAsync(response);
        Assert.Equal("我的快递到哪了", result.GetProperty("normalizedText").GetString()!.Trim());
        Assert.Equal(IntentIds.Track, result.GetProperty("intent").GetString());
        var scores = result.GetProperty("scores").EnumerateArray().ToList();
        var model = host.Services.GetRequiredService<IntentModelHost>().Current;
        Assert.Equal(model.Intents.Order(StringComparer.Ordinal), scores.Select(s => s.GetProperty("intent").GetString()!).Order(StringComparer.Ordinal));
        Assert.InRange(scores.Sum(s => s.GetProperty("confidence").GetDouble()), 0.98, 1.02);
        Assert.Contains(result.GetProperty("decision").GetString(), new[] { "answer", "clarify", "escalate" });
        var reply = result.GetProperty("replies").EnumerateArray().First();
        Assert.StartsWith("track.", reply.GetProperty("templateId").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(reply.GetProperty("sent").GetString()));
    }

    [Fact]
    public async Task A_dry_run_shows_the_case_a_turn_would_open_but_creates_no_case_record()
    {
        using var client = host.Trainer();
        var cases = host.Services.GetRequiredService<ICaseStore>();

        using var response = await client.PostAsync("api/trainer/classify", TrainerHost.Json("""{"text":"能不能快点发货","buyerId":"阿福的杂货铺"}"""));

        var result = await TrainerHost.ReadJsonAsync(response);
        Assert.Equal("阿福的杂货铺", result.GetProperty("buyerId").GetString());
        Assert.Equal("hurry.noted_within_promise", result.GetProperty("replies")[0].GetProperty("templateId").GetString());
        Assert.Equal("hurry_note", result.GetProperty("wouldOpenCases")[0].GetProperty("kind").GetString());
        Assert.Empty(await cases.ListAsync(new CaseQuery()));
    }

    [Fact]
    public async Task Asking_for_a_person_shows_the_handoff_and_the_connecting_reply()
    {
        using var client = host.Trainer();

        using var response = await client.PostAsync("api/trainer/classify", TrainerHost.Json("""{"text":"转人工客服"}"""));

        var result = await TrainerHost.ReadJsonAsync(response);
        Assert.True(result.GetProperty("handoffRequested").GetBoolean());
        Assert.Equal("escalate", result.GetProperty("decision").GetString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("handoff").GetString()));
        Assert.Equal("handoff.connecting", result.GetProperty("replies").EnumerateArray().Last().GetProperty("templateId").GetString());
    }

    [Fact]
    public async Task A_buyer_who_is_not_a_sample_buyer_is_refused()
    {
        using var client = host.Trainer();

        using var response = await client.PostAsync("api/trainer/classify", TrainerHost.Json("""{"text":"我的快递到哪了","buyerId":"someone_else"}"""));

        await TrainerHost.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Theory]
    [InlineData("""{"text":"没写完""", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("""{"text":"   "}""", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("""{"buyerId":"tb_lily88"}""", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("""{"text":42}""", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("null", HttpStatusCode.BadRequest, "BadArgument")]
    public async Task Bad_bodies_are_a_400_with_a_message(string body, HttpStatusCode status, string code)
    {
        using var client = host.Trainer();

        using var response = await client.PostAsync("api/trainer/classify", TrainerHost.Json(body));

        await TrainerHost.AssertErrorAsync(response, status, code);
    }

    [Fact]
    public async Task Text_longer_than_a_buyer_may_send_is_a_413_and_a_body_that_is_not_json_a_415()
    {
        using var client = host.Trainer();

        using var tooLong = await client.PostAsync("api/trainer/classify", TrainerHost.Json($$"""{"text":"{{new string('长', 2001)}}"}"""));
        using var notJson = await client.PostAsync("api/trainer/classify", new StringContent("text=hi", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        using var huge = await client.PostAsync("api/trainer/classify", TrainerHost.Json($$"""{"text":"a","pad":"{{new string('x', 100_000)}}"}"""));

        await TrainerHost.AssertErrorAsync(tooLong, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        await TrainerHost.AssertErrorAsync(notJson, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
        await TrainerHost.AssertErrorAsync(huge, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
    }
}
