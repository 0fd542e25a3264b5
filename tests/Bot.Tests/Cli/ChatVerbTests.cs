using System.Text.Json;

namespace ShopBot.Bot.Tests.Cli;

/// <summary><c>chat --user BUYER [--json]</c> end to end, as a process reading buyer lines from standard input.</summary>
public sealed class ChatVerbTests(TemporaryKnowledgeBase kb) : IClassFixture<TemporaryKnowledgeBase>
{
    [Fact]
    public async Task Json_mode_writes_one_record_per_buyer_line_with_intent_state_and_replies()
    {
        var result = await kb.RunWithInputAsync("我的快递到哪了\n\n人工客服\n我还在等\n", "chat", "--user", "一只小兔叽", "--json");

        Assert.Equal(0, result.ExitCode);
        var records = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["我的快递到哪了", "人工客服", "我还在等"], records.Select(r => r.GetProperty("said").GetString()));
        Assert.Equal("track", records[0].GetProperty("intent").GetString());
        Assert.Equal("bot", records[0].GetProperty("state").GetString());
        Assert.Contains("SF1428566013728", records[0].GetProperty("replies")[0].GetString());
        Assert.Equal("human", records[1].GetProperty("intent").GetString());
        Assert.Equal("queued", records[1].GetProperty("state").GetString());
        Assert.Equal("queued", records[2].GetProperty("state").GetString());
        Assert.InRange(records[0].GetProperty("confidence").GetDouble(), 0.0, 1.0);
    }

    [Fact]
    public async Task Json_mode_lists_the_records_a_turn_wrote_and_none_for_a_turn_that_wrote_nothing()
    {
        var result = await kb.RunWithInputAsync("我要退款 不想要了\n确定退款\n", "chat", "--user", "阿福的杂货铺", "--json");

        Assert.Equal(0, result.ExitCode);
        var records = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("records")).ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(0, records[0].GetArrayLength());
        var refund = Assert.Single(records[1].EnumerateArray());
        Assert.Equal("refund_request", refund.GetProperty("type").GetString());
        Assert.Equal("3617051183306682495", refund.GetProperty("order").GetString());
        Assert.Equal("open", refund.GetProperty("fields").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Text_mode_prints_the_welcome_and_every_reply()
    {
        var result = await kb.RunWithInputAsync("3614900233781205627 到哪了\n", "chat", "--user", "一只小兔叽");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 2);
        Assert.All(lines, line => Assert.StartsWith("bot> ", line));
        Assert.Contains("SF1428566013728", result.Out);
    }

    [Fact]
    public async Task Another_buyers_order_is_never_shown_in_the_terminal_either()
    {
        var result = await kb.RunWithInputAsync("3614900233781205627 到哪了\n", "chat", "--user", "tb_lily88", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("SF1428566013728", result.Out);
    }

    [Fact]
    public async Task Without_a_user_the_verb_prints_its_usage()
    {
        var result = await kb.RunAsync("chat", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: chat --user BUYER", result.Error);
    }
}
