using System.Net;
using System.Text;
using System.Text.Json;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>Non-characters in what a trainer sends are sanitised at the edge: classify answers, files are saved clean.</summary>
public sealed class TrainerHostileTextTests(TrainerHost host) : IClassFixture<TrainerHost>
{
    [Theory]
    [InlineData("我的快递到哪了\uFFFE")]
    [InlineData("我的快递\uFDD0到哪了\uFFFF")]
    public async Task Classify_answers_text_with_non_characters(string text)
    {
        using var client = host.Trainer();

        using var response = await client.PostAsync("api/trainer/classify", TrainerHost.Json(JsonSerializer.Serialize(new { text })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("快递", (await TrainerHost.ReadJsonAsync(response)).GetProperty("normalizedText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saved_examples_hold_no_non_characters_or_control_characters()
    {
        using var client = host.Trainer();
        string[] lines = ["发票怎么开\uFFFE", "能开专票吗\u0007", "发票\uFDD0抬头写错了", "电子发票没收到", "公司抬头怎么填"];

        using var response = await client.PutAsync("api/trainer/examples/invoice", TrainerHost.Json(JsonSerializer.Serialize(new { lines })));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var disk = await File.ReadAllTextAsync(Path.Combine(host.KnowledgeBase, "intents", "invoice.txt"));
        Assert.Contains("发票怎么开\uFFFD", disk, StringComparison.Ordinal);
        Assert.Contains("能开专票吗\n", disk, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFE', disk);
        Assert.DoesNotContain('\u0007', disk);
    }

    [Fact]
    public async Task A_saved_template_holds_no_non_characters()
    {
        using var client = host.Trainer();
        var path = Path.Combine(host.KnowledgeBase, "templates", "thanks.yaml");
        var before = await File.ReadAllTextAsync(path);
        var variant = before.Split('\n').First(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
        var edited = before.Replace(variant, variant + "\uFFFE", StringComparison.Ordinal) + "\u0007";

        using var response = await client.PutAsync("api/trainer/templates/thanks.yaml", new StringContent(edited, Encoding.UTF8, "text/yaml"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disk = await File.ReadAllTextAsync(path);
        Assert.Contains(variant + "\uFFFD", disk, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFE', disk);
        Assert.DoesNotContain('\u0007', disk);
    }
}
