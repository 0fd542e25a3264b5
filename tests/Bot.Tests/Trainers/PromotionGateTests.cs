using System.Net;
using System.Text.Json;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>
/// The promotion gate on small models (twenty examples per intent, two folds): a model trained on swapped examples is
/// refused with the comparison, an override promotes it, a rollback restores the model before it, and a model trained
/// on more examples passes.
/// </summary>
public sealed class PromotionGateTests
{
    private const string TrackLine = "我的快递到哪了 发货好几天了还没到";

    private static readonly Dictionary<string, string?> SmallModel = new() { ["Intents:CrossValidationFolds"] = "2" };

    [Fact]
    public async Task A_model_with_two_intents_swapped_is_refused_then_promoted_by_override_and_rolled_back()
    {
        using var host = new TrainerHost(kestrel: false, examplesPerIntent: 20, SmallModel);
        using var client = host.Trainer();
        var startUp = await TopIntentAsync(client, TrackLine);
        Assert.Equal("track", startUp);
        SwapExamples(host, "track.txt", "hurry.txt");

        using var refused = await client.PostAsync("api/trainer/retrain", null);

        var error = await TrainerHost.AssertErrorAsync(refused, HttpStatusCode.UnprocessableEntity, "WorseModel");
        var comparison = (await TrainerHost.ReadJsonAsync(refused)).GetProperty("comparison");
        Assert.False(comparison.GetProperty("passed").GetBoolean());
        var worse = comparison.GetProperty("intents").EnumerateArray().Where(i => i.GetProperty("worse").GetBoolean()).Select(i => i.GetProperty("intent").GetString()).ToList();
        Assert.Contains("track", worse);
        Assert.Contains("hurry", worse);
        Assert.True(comparison.GetProperty("candidateInScopeWrong").GetInt32() > comparison.GetProperty("currentInScopeWrong").GetInt32());
        Assert.Equal(2, comparison.GetProperty("files").GetArrayLength());
        Assert.Contains(error.GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith("查物流（track）的 F1 从", StringComparison.Ordinal));
        Assert.Equal("track", await TopIntentAsync(client, TrackLine));
        var status = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/model"));
        Assert.False(status.TryGetProperty("current", out _));
        using var noReport = await client.GetAsync("api/trainer/eval");
        Assert.Equal(HttpStatusCode.NotFound, noReport.StatusCode);

        using var overridden = await client.PostAsync("api/trainer/retrain?override=true", null);

        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        var summary = await TrainerHost.ReadJsonAsync(overridden);
        Assert.True(summary.GetProperty("model").GetProperty("overridden").GetBoolean());
        Assert.False(summary.GetProperty("comparison").GetProperty("passed").GetBoolean());
        Assert.Equal("hurry", await TopIntentAsync(client, TrackLine));
        status = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/model"));
        var promoted = summary.GetProperty("model").GetProperty("version").GetString();
        Assert.Equal(promoted, status.GetProperty("current").GetProperty("version").GetString());
        Assert.Equal(promoted, status.GetProperty("serving").GetProperty("version").GetString());
        Assert.Equal("start-up", status.GetProperty("previous").GetProperty("promotedBy").GetString());

        using var rolledBack = await client.PostAsync("api/trainer/model/rollback", null);

        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        var after = await TrainerHost.ReadJsonAsync(rolledBack);
        Assert.Equal("start-up", after.GetProperty("current").GetProperty("promotedBy").GetString());
        Assert.Equal("start-up", after.GetProperty("serving").GetProperty("promotedBy").GetString());
        Assert.Equal(promoted, after.GetProperty("previous").GetProperty("version").GetString());
        Assert.Equal("track", await TopIntentAsync(client, TrackLine));
    }

    [Fact]
    public async Task A_model_trained_on_all_the_examples_passes_the_gate_and_is_promoted()
    {
        using var host = new TrainerHost(kestrel: false, examplesPerIntent: 8, SmallModel);
        using var client = host.Trainer();
        _ = await TopIntentAsync(client, TrackLine);
        foreach (var file in Directory.GetFiles(host.IntentsFolder, "*.txt"))
        {
            host.KeepExamples(Path.GetFileName(file), 0, int.MaxValue);
        }

        using var retrain = await client.PostAsync("api/trainer/retrain", null);

        Assert.True(retrain.StatusCode == HttpStatusCode.OK, await retrain.Content.ReadAsStringAsync());
        var summary = await TrainerHost.ReadJsonAsync(retrain);
        var comparison = summary.GetProperty("comparison");
        Assert.True(comparison.GetProperty("passed").GetBoolean());
        Assert.False(summary.GetProperty("model").GetProperty("overridden").GetBoolean());
        Assert.True(comparison.GetProperty("candidateInScopeWrong").GetInt32() <= comparison.GetProperty("currentInScopeWrong").GetInt32());
        var contract = comparison.GetProperty("intents").EnumerateArray().Where(i => i.GetProperty("contract").GetBoolean()).ToList();
        Assert.Equal(6, contract.Count);
        Assert.True(contract.Sum(i => i.GetProperty("candidateF1").GetDouble()) > contract.Sum(i => i.GetProperty("currentF1").GetDouble()));
        var status = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/model"));
        Assert.Equal(summary.GetProperty("model").GetProperty("version").GetString(), status.GetProperty("serving").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Bad_input_an_agent_key_and_a_rollback_with_nothing_to_roll_back_to_are_refused()
    {
        const string agentKey = "test-agent-key-for-the-gate-0123456789";
        using var host = new TrainerHost(kestrel: false, examplesPerIntent: 8, new Dictionary<string, string?>(SmallModel)
        {
            ["Consoles:Agents:0:Key"] = agentKey,
            ["Consoles:Agents:0:AgentId"] = "gate-agent",
            ["Consoles:Agents:0:Name"] = "测试客服",
        });
        using var client = host.Trainer();
        using var agent = host.WithKey(agentKey);
        using var agentRollback = await agent.PostAsync("api/trainer/model/rollback", null);
        using var agentRetrain = await agent.PostAsync("api/trainer/retrain?override=true", null);
        await TrainerHost.AssertErrorAsync(agentRollback, HttpStatusCode.Forbidden, "Forbidden");
        await TrainerHost.AssertErrorAsync(agentRetrain, HttpStatusCode.Forbidden, "Forbidden");

        using var badOverride = await client.PostAsync("api/trainer/retrain?override=yes", null);
        using var twoOverrides = await client.PostAsync("api/trainer/retrain?override=true&override=false", null);
        using var rollback = await client.PostAsync("api/trainer/model/rollback", null);
        using var getRollback = await client.GetAsync("api/trainer/model/rollback");

        var message = (await TrainerHost.AssertErrorAsync(badOverride, HttpStatusCode.BadRequest, "BadArgument")).GetProperty("message").GetString()!;
        Assert.Contains("只能是 true 或 false", message, StringComparison.Ordinal);
        await TrainerHost.AssertErrorAsync(twoOverrides, HttpStatusCode.BadRequest, "BadArgument");
        var noPrevious = await TrainerHost.AssertErrorAsync(rollback, HttpStatusCode.Conflict, "NoPreviousModel");
        Assert.Contains("没有可以回滚到的上一个模型", noPrevious.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, getRollback.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(host.Artifacts, "models")));
    }

    internal static async Task<string> TopIntentAsync(HttpClient client, string text)
    {
        using var response = await client.PostAsync("api/trainer/classify", TrainerHost.Json(JsonSerializer.Serialize(new { text })));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await TrainerHost.ReadJsonAsync(response)).GetProperty("scores")[0].GetProperty("intent").GetString()!;
    }

    internal static void SwapExamples(TrainerHost host, string one, string other)
    {
        var first = Path.Combine(host.IntentsFolder, one);
        var second = Path.Combine(host.IntentsFolder, other);
        var swap = first + ".swap";
        File.Move(first, swap);
        File.Move(second, first);
        File.Move(swap, second);
    }
}
