using System.Text;
using System.Text.Json;

namespace ShopBot.Bot.Tests.Cli;

/// <summary>
/// The <c>train</c> and <c>eval</c> verbs end to end, as processes, against a copy of the repository's knowledge base
/// so that the model they write lands in a temporary folder.
/// </summary>
public sealed class TrainAndEvalVerbTests : IClassFixture<TemporaryKnowledgeBase>
{
    private readonly TemporaryKnowledgeBase _kb;

    public TrainAndEvalVerbTests(TemporaryKnowledgeBase kb) => _kb = kb;

    [Fact]
    public async Task Train_writes_the_model_and_prints_cross_validated_figures_per_intent()
    {
        var result = await _kb.RunAsync("train");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_kb.ModelPath));
        Assert.Contains("cross-validation", result.Out);
        Assert.All(["track", "hurry", "refund_unshipped", "quality_return", "invoice", "human"], id => Assert.Contains(id, result.Out));
        Assert.Contains("macro-F1", result.Out);
        Assert.Contains("held-out comparison on", result.Out);
        Assert.Contains("gate: passed", result.Out);
        Assert.True(File.Exists(Path.Combine(_kb.Folder, "artifacts", "models", "current.zip")));
    }

    [Fact]
    public async Task Train_with_anything_but_override_is_a_usage_error()
    {
        var result = await _kb.RunAsync("train", "--force");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--override", result.Error);
    }

    [Fact]
    public async Task Eval_prints_the_report_and_writes_one_prediction_per_line_in_input_order()
    {
        var input = _kb.WriteFile("eval.tsv", "track\t我的快递到哪了\nhuman\t轉人工！！\nother\t今天天气怎么样\ninvoice\t能开发票吗\n");
        var output = Path.Combine(_kb.Folder, "predictions.jsonl");

        var result = await _kb.RunAsync("eval", input, "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("confusion matrix", result.Out);
        Assert.Contains("escalated", result.Out);
        var records = File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["我的快递到哪了", "轉人工！！", "今天天气怎么样", "能开发票吗"], records.Select(r => r.GetProperty("text").GetString()));
        Assert.Equal(["track", "human", "other", "invoice"], records.Select(r => r.GetProperty("label").GetString()));
        var human = records[1];
        Assert.Equal("human", human.GetProperty("intent").GetString());
        Assert.True(human.GetProperty("escalate").GetBoolean());
        Assert.Equal("track", records[0].GetProperty("intent").GetString());
        Assert.InRange(records[0].GetProperty("confidence").GetDouble(), 0.0, 1.0);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("no-tab")]
    [InlineData("huge-line")]
    [InlineData("invalid-utf8")]
    public async Task A_bad_input_file_fails_with_a_clear_error_and_writes_nothing(string kind)
    {
        var input = Path.Combine(_kb.Folder, $"{kind}.tsv");
        switch (kind)
        {
            case "empty": File.WriteAllText(input, string.Empty); break;
            case "no-tab": File.WriteAllText(input, "track\t快递呢\ntrack 快递呢\n"); break;
            case "huge-line": File.WriteAllText(input, "track\t" + new string('快', 5000) + "\n"); break;
            case "invalid-utf8": File.WriteAllBytes(input, [.. Encoding.UTF8.GetBytes("track\t"), 0xFF, 0xFE, (byte)'\n']); break;
        }

        var output = Path.Combine(_kb.Folder, $"{kind}.jsonl");

        var result = await _kb.RunAsync("eval", input, "--out", output);

        Assert.NotEqual(0, result.ExitCode);
        Assert.StartsWith("error:", result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Eval_without_a_file_prints_its_usage()
    {
        var result = await _kb.RunAsync("eval");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: eval FILE", result.Error);
    }
}
