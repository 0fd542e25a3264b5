using System.Net;
using System.Text.Json;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>
/// A host that starts with examples newer than its saved model retrains through the promotion gate: a worse model
/// (two intents' examples swapped) is not served, and the trainer's model status says so, why, and how to override.
/// </summary>
public sealed class StartUpGateTests
{
    private const string TrackLine = "我的快递到哪了 发货好几天了还没到";

    [Fact]
    public async Task A_worse_model_retrained_at_start_up_is_not_served_and_the_trainer_sees_why()
    {
        using var host = new TrainerHost(kestrel: false, examplesPerIntent: 20, new Dictionary<string, string?> { ["Intents:CrossValidationFolds"] = "2" });
        var paths = new KnowledgeBasePaths(host.KnowledgeBase);
        var normalizer = new TextNormalizer(TraditionalSimplifiedMap.Load(paths.TraditionalToSimplified));
        var modelPath = Path.Combine(host.Artifacts, "intent-model.zip");
        Directory.CreateDirectory(host.Artifacts);
        new IntentModelTrainer(normalizer).Train(IntentExampleSet.Load(paths.Intents).Examples).Save(modelPath);
        PromotionGateTests.SwapExamples(host, "track.txt", "hurry.txt");
        File.SetLastWriteTimeUtc(modelPath, DateTime.UtcNow.AddHours(-1));
        using var client = host.Trainer();

        Assert.Equal("track", await PromotionGateTests.TopIntentAsync(client, TrackLine));

        var status = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/model"));
        var startUp = status.GetProperty("startUp");
        Assert.Equal("refused", startUp.GetProperty("outcome").GetString());
        var comparison = startUp.GetProperty("comparison");
        Assert.False(comparison.GetProperty("passed").GetBoolean());
        Assert.Contains(comparison.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("查物流（track）的 F1 从", StringComparison.Ordinal));
        Assert.False(status.TryGetProperty("serving", out _));

        using var overridden = await client.PostAsync("api/trainer/retrain?override=true", null);

        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        Assert.Equal("hurry", await PromotionGateTests.TopIntentAsync(client, TrackLine));
        status = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/model"));
        Assert.False(status.TryGetProperty("startUp", out _));
        Assert.Equal(JsonValueKind.Object, status.GetProperty("serving").ValueKind);
    }
}
