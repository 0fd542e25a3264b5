using System.Net;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>"Add this sentence to intent X": the model in use's guess comes back, and a firm disagreement holds the line back until confirmed.</summary>
public sealed class ExampleAddTests(TrainerHost host) : IClassFixture<TrainerHost>
{
    private string ThanksFile => Path.Combine(host.IntentsFolder, "thanks.txt");

    [Fact]
    public async Task A_handoff_request_added_to_thanks_is_held_back_with_the_models_guess_until_confirmed()
    {
        using var client = host.Trainer();
        var before = await File.ReadAllTextAsync(ThanksFile);

        using var held = await client.PostAsync("api/trainer/examples/thanks/lines", TrainerHost.Json("""{"text":"转人工"}"""));

        var error = await TrainerHost.AssertErrorAsync(held, HttpStatusCode.Conflict, "ModelDisagrees");
        Assert.Contains("“转人工”", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var guess = (await TrainerHost.ReadJsonAsync(held)).GetProperty("guess");
        Assert.Equal("human", guess.GetProperty("intent").GetString());
        Assert.Equal("转人工", guess.GetProperty("name").GetString());
        Assert.True(guess.GetProperty("confidence").GetDouble() >= 0.8);
        Assert.Equal(before, await File.ReadAllTextAsync(ThanksFile));

        using var confirmed = await client.PostAsync("api/trainer/examples/thanks/lines", TrainerHost.Json("""{"text":"转人工","confirm":true}"""));

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var added = await TrainerHost.ReadJsonAsync(confirmed);
        Assert.Equal("致谢", added.GetProperty("name").GetString());
        Assert.Equal(IntentExampleSet.ReadLines(ThanksFile).Count(), added.GetProperty("count").GetInt32());
        Assert.Contains("转人工", added.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal("转人工", File.ReadAllLines(ThanksFile)[^1]);
    }

    [Fact]
    public async Task A_sentence_the_model_agrees_with_is_added_at_once_with_its_guess()
    {
        using var client = host.Trainer();

        using var response = await client.PostAsync("api/trainer/examples/thanks/lines", TrainerHost.Json("""{"text":"好的好的，辛苦你了，谢谢啦"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var added = await TrainerHost.ReadJsonAsync(response);
        Assert.Equal("thanks", added.GetProperty("guess").GetProperty("intent").GetString());
        Assert.False(added.TryGetProperty("note", out _));
        Assert.Contains("好的好的，辛苦你了，谢谢啦", File.ReadAllLines(ThanksFile));
    }

    [Fact]
    public async Task A_missing_text_an_unknown_intent_and_a_repeated_line_are_refused_in_chinese()
    {
        using var client = host.Trainer();
        var existing = File.ReadAllLines(Path.Combine(host.IntentsFolder, "track.txt")).First(l => l.Length > 0 && !l.StartsWith('#'));

        using var missing = await client.PostAsync("api/trainer/examples/thanks/lines", TrainerHost.Json("""{"confirm":true}"""));
        using var unknown = await client.PostAsync("api/trainer/examples/nothing_here/lines", TrainerHost.Json("""{"text":"你好"}"""));
        using var repeated = await client.PostAsync("api/trainer/examples/track/lines", TrainerHost.Json($$"""{"text":"{{existing}}"}"""));

        Assert.Contains("缺少 text", (await TrainerHost.AssertErrorAsync(missing, HttpStatusCode.BadRequest, "BadArgument")).GetProperty("message").GetString(), StringComparison.Ordinal);
        await TrainerHost.AssertErrorAsync(unknown, HttpStatusCode.NotFound, "NotFound");
        var problems = (await TrainerHost.AssertErrorAsync(repeated, HttpStatusCode.UnprocessableEntity, "Refused")).GetProperty("problems");
        Assert.Contains(problems.EnumerateArray(), p => p.GetString()!.Contains("重复", StringComparison.Ordinal));
    }
}
