using ShopBot.Bot.Conversations;
using ShopBot.Handoff.Routing;

namespace ShopBot.Bot.Tests.Conversations;

public sealed class ConversationCheckTests
{
    private static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();

    [Fact]
    public void A_conversation_that_does_what_the_script_says_passes()
    {
        var script = Script(new ScriptTurn { Buyer = "我要退款", Says = ["退款"], State = "bot", Records = [Expect("refund_request", "1", ("reason", "changed_mind"))] });
        var played = new[] { Turn("我要退款", ["好的，退款已登记"], Record("refund_request", "1", ("reason", "changed_mind"), ("status", "open"))) };

        Assert.Empty(ConversationCheck.Failures(script, played));
    }

    [Fact]
    public void Missing_words_forbidden_words_wrong_state_and_missing_records_each_fail()
    {
        var script = Script(new ScriptTurn
        {
            Buyer = "人工",
            Says = ["人工客服"],
            SaysAny = ["稍候", "排队"],
            NeverSays = ["抱歉"],
            State = "queued",
            Intent = "human",
            Records = [Expect("hurry_note", null)],
        });
        var played = new[] { Turn("人工", ["抱歉，我没听懂"]) };

        var failures = ConversationCheck.Failures(script, played);

        Assert.Equal(6, failures.Count);
        Assert.All(failures, f => Assert.StartsWith("第1轮「人工」", f, StringComparison.Ordinal));
    }

    [Fact]
    public void A_reply_said_again_word_for_word_in_the_next_turn_fails()
    {
        var script = Script(new ScriptTurn { Buyer = "啊" }, new ScriptTurn { Buyer = "什么" });
        var played = new[] { Turn("啊", ["请问您想咨询什么呢？"]), Turn("什么", ["请问您想咨询什么呢？"]) };

        var failure = Assert.Single(ConversationCheck.Failures(script, played));
        Assert.Contains("一字不差", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_case_id_shown_to_the_buyer_fails()
    {
        var script = Script(new ScriptTurn { Buyer = "退款" });
        var played = new[] { Turn("退款", ["已为您登记，编号 AS20261122-00012"]) };

        Assert.Contains("内部单号", Assert.Single(ConversationCheck.Failures(script, played)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_buyer_sentence_written_down_as_a_field_or_echoed_back_fails()
    {
        var script = Script(new ScriptTurn { Buyer = "抬头我第一句就发了 你往上翻" });
        var played = new[]
        {
            Turn("抬头我第一句就发了 你往上翻", ["好的，发票抬头：抬头我第一句就发了 你往上翻"], Record("invoice_request", "1", ("invoice_title", "抬头我第一句就发了 你往上翻"))),
        };

        var failures = ConversationCheck.Failures(script, played);

        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.Contains("原样复述", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("invoice_title", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("linli88@qq.com")]
    [InlineData("91330106MA2CFX3R5E")]
    [InlineData("杭州青柚科技有限公司")]
    [InlineData("深圳市南山区粤海街道科苑路15号科兴科学园B栋")]
    public void A_line_that_is_one_value_may_be_repeated_and_kept(string value)
    {
        var script = Script(new ScriptTurn { Buyer = value });
        var played = new[] { Turn(value, [$"好的，已登记：{value}"], Record("invoice_request", "1", ("invoice_title", value))) };

        Assert.Empty(ConversationCheck.Failures(script, played));
    }

    [Fact]
    public void A_sentence_asking_for_an_address_change_is_no_value_and_fails_when_echoed()
    {
        const string said = "地址改成深圳市南山区科苑路15号B栋";
        var script = Script(new ScriptTurn { Buyer = said });
        var played = new[] { Turn(said, [$"好的：{said}"]) };

        Assert.Contains("原样复述", Assert.Single(ConversationCheck.Failures(script, played)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_turn_that_must_write_nothing_fails_when_it_does()
    {
        var script = Script(new ScriptTurn { Buyer = "不要退款", NoRecords = true });
        var played = new[] { Turn("不要退款", ["好的"], Record("refund_request", "1")) };

        Assert.Contains("不该记录", Assert.Single(ConversationCheck.Failures(script, played)), StringComparison.Ordinal);
    }

    private static ConversationScript Script(params ScriptTurn[] turns) => new() { Name = "测试", Buyer = "b", Turns = [.. turns] };

    private static PlayedTurn Turn(string said, IReadOnlyList<string> replies, params TurnRecord[] records) =>
        new(said, "other", 0.9, RoutingStatus.WithBot, replies, records);

    private static ExpectedRecord Expect(string type, string? order, params (string Key, string Value)[] fields) =>
        new() { Type = type, Order = order, Fields = fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal) };

    private static TurnRecord Record(string type, string order, params (string Key, string Value)[] fields) =>
        new(type, order, fields.Length == 0 ? NoFields : fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
}
