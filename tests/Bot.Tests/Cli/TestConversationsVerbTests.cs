namespace ShopBot.Bot.Tests.Cli;

/// <summary><c>test-conversations FILES</c> as a trainer runs it: pass/fail per conversation, totals, exit code.</summary>
public sealed class TestConversationsVerbTests(TemporaryKnowledgeBase kb) : IClassFixture<TemporaryKnowledgeBase>
{
    [Fact]
    public async Task Passing_and_failing_conversations_are_reported_with_totals_and_a_failing_exit_code()
    {
        var file = kb.WriteFile("suite.yaml", """
            conversations:
              - name: 查物流
                buyer: 一只小兔叽
                turns:
                  - buyer: 我的快递到哪了
                    says: [SF1428566013728]
                    state: bot
              - name: 故意写错的期望
                buyer: 一只小兔叽
                turns:
                  - buyer: 我的快递到哪了
                    says: [这句话不会出现]
            """);

        var result = await kb.RunAsync("test-conversations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("通过    查物流", result.Out, StringComparison.Ordinal);
        Assert.Contains("未通过  故意写错的期望", result.Out, StringComparison.Ordinal);
        Assert.Contains("回复里没有「这句话不会出现」", result.Out, StringComparison.Ordinal);
        Assert.Contains("买家> 我的快递到哪了", result.Out, StringComparison.Ordinal);
        Assert.Contains("共 2 段对话：1 通过，1 未通过", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suite_that_passes_exits_with_zero()
    {
        var file = kb.WriteFile("ok.yaml", "conversations:\n  - name: 人工\n    buyer: 一只小兔叽\n    turns:\n      - buyer: 人工客服\n        state: queued\n");

        var result = await kb.RunAsync("test-conversations", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("共 1 段对话：1 通过，0 未通过", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_file_ends_with_an_error_naming_it()
    {
        var file = kb.WriteFile("broken.yaml", "conversations: [");

        var result = await kb.RunAsync("test-conversations", file);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("broken.yaml", result.Error, StringComparison.Ordinal);
    }
}
