using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Trainers;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>On small models (twenty examples per intent, two folds), so a retrain takes seconds, not a minute.</summary>
public sealed class RetrainTests
{
    private static TrainerHost SmallHost() => new(kestrel: false, examplesPerIntent: 20, new Dictionary<string, string?> { ["Intents:CrossValidationFolds"] = "2" });

    [Fact]
    public async Task Saved_examples_are_picked_up_by_a_retrain_and_the_report_is_kept_with_its_picture()
    {
        using var host = SmallHost();
        using var client = host.Trainer();
        using var before = await client.GetAsync("api/trainer/eval");
        await TrainerHost.AssertErrorAsync(before, HttpStatusCode.NotFound, "NotFound");
        var greeting = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/examples/greeting"));
        string[] invented = ["咕噜咕噜嘀嗒", "嘀嗒嘀嗒咕噜", "咕噜嘀嗒呀", "嘀嗒咕噜哟", "咕噜咕噜嘀嗒嘀嗒", "嘀嗒呀咕噜", "咕噜哟嘀嗒", "嘀嗒嘀嗒", "咕噜咕噜", "嘀嗒咕噜咕噜"];
        var lines = greeting.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).Concat(invented).ToList();
        using var saved = await client.PutAsync("api/trainer/examples/greeting", TrainerHost.Json(JsonSerializer.Serialize(new { lines })));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var examplesBefore = host.Services.GetRequiredService<IntentModelHost>().Current.Intents.Count;

        // Overridden: this test is about picking up saved examples, whatever the gate makes of invented words.
        using var retrain = await client.PostAsync("api/trainer/retrain?override=true", null);

        Assert.Equal(HttpStatusCode.OK, retrain.StatusCode);
        var summary = await TrainerHost.ReadJsonAsync(retrain);
        var total = Directory.GetFiles(Path.Combine(host.KnowledgeBase, "intents"), "*.txt").Sum(f => IntentExampleSet.ReadLines(f).Count());
        Assert.Equal(total, summary.GetProperty("examples").GetInt32());
        Assert.InRange(summary.GetProperty("macroF1").GetDouble(), 0.5, 1.0);
        Assert.Equal(TrainerHost.TrainerName, summary.GetProperty("trainedBy").GetString());
        var labels = summary.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
        var matrix = summary.GetProperty("matrix").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetInt32()).ToList()).ToList();
        Assert.Equal(examplesBefore, labels.Count);
        Assert.Equal(total, matrix.Sum(r => r.Sum()));
        Assert.Equal(summary.GetProperty("perIntent").EnumerateArray().Single(m => m.GetProperty("intent").GetString() == "greeting").GetProperty("support").GetInt32(), matrix[labels.IndexOf("greeting")].Sum());

        var tried = await TrainerHost.ReadJsonAsync(await client.PostAsync("api/trainer/classify", TrainerHost.Json("""{"text":"咕噜嘀嗒"}""")));
        Assert.Equal("greeting", tried.GetProperty("scores")[0].GetProperty("intent").GetString());

        var latest = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/eval"));
        Assert.Equal(summary.GetProperty("macroF1").GetDouble(), latest.GetProperty("macroF1").GetDouble());
        using var picture = await client.GetAsync("api/trainer/eval/confusion.svg");
        Assert.Equal("image/svg+xml", picture.Content.Headers.ContentType?.MediaType);
        var svg = await picture.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.All(labels, label => Assert.Contains($">{label}</text>", svg, StringComparison.Ordinal));
        Assert.Equal(svg, await File.ReadAllTextAsync(Path.Combine(host.Artifacts, RetrainCoordinator.PictureFileName)));
        Assert.True(File.Exists(Path.Combine(host.Artifacts, RetrainCoordinator.ReportFileName)));
    }

    [Fact]
    public async Task Only_one_retrain_runs_at_a_time_and_the_other_is_a_409()
    {
        using var host = SmallHost();
        using var first = host.Trainer();
        using var second = host.Trainer();

        var responses = await Task.WhenAll(first.PostAsync("api/trainer/retrain", null), second.PostAsync("api/trainer/retrain", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await TrainerHost.AssertErrorAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict, "Conflict");
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_report_saved_by_an_earlier_run_is_served_after_a_restart()
    {
        using var host = SmallHost();
        using var client = host.Trainer();
        using var retrain = await client.PostAsync("api/trainer/retrain", null);
        var figures = (await TrainerHost.ReadJsonAsync(retrain)).GetProperty("accuracy").GetDouble();
        var coordinator = ActivatorUtilities.CreateInstance<RetrainCoordinator>(host.Services);

        var latest = await coordinator.LatestAsync(CancellationToken.None);

        Assert.NotNull(latest);
        Assert.Equal(figures, latest.Value.Summary.Accuracy);
        Assert.StartsWith("<svg", latest.Value.Svg, StringComparison.Ordinal);
    }
}
