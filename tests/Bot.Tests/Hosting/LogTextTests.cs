using ShopBot.Bot.Hosting;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.Tests.Hosting;

public sealed class LogTextTests
{
    [Theory]
    [InlineData("你好\n[12:00:00 INF] 退款已批准", "你好\\n[12:00:00 INF] 退款已批准")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("line\u2028para\u2029end", "line\\u2028para\\u2029end")]
    [InlineData("\u001B[2J\u001B[31mred", "\\u001B[2J\\u001B[31mred")]
    [InlineData("bell\u0007 c1\u0085", "bell\\u0007 c1\\u0085")]
    [InlineData("order \u202Egnp.exe", "order \\u202Egnp.exe")]
    [InlineData("emoji 😭 stays", "emoji 😭 stays")]
    public void Characters_that_break_or_reorder_a_line_are_shown_escaped(string text, string expected) =>
        Assert.Equal(expected, LogText.Render(text));

    [Fact]
    public void A_lone_surrogate_is_shown_escaped() =>
        Assert.Equal("x\\uD800y", LogText.Render("x" + '\uD800' + "y"));

    [Fact]
    public void Long_text_is_cut_at_the_limit_with_the_count_left_out()
    {
        var text = new string('好', 200_000);

        var rendered = LogText.Render(text);

        Assert.Equal(new string('好', LogText.MaxLength) + $"…({200_000 - LogText.MaxLength} more)", rendered);
    }

    [Fact]
    public void Personal_data_is_masked_before_the_cut_and_a_number_across_the_cut_never_shows_in_part()
    {
        var across = new string('好', LogText.MaxLength - 5) + "电话13800001111" + new string('好', 1000);
        var many = string.Concat(Enumerable.Repeat("13800001111", 200)) + "，电话13912345678";

        var acrossRendered = LogText.Render(across);
        var manyRendered = LogText.Render(many);

        Assert.DoesNotContain("138", acrossRendered, StringComparison.Ordinal);
        Assert.DoesNotContain("0000", manyRendered, StringComparison.Ordinal);
        Assert.DoesNotContain("1391", manyRendered, StringComparison.Ordinal);
        Assert.Contains(PersonalDataMask.Hidden, manyRendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Separated_mobiles_repeated_past_the_margin_are_all_hidden()
    {
        var text = string.Concat(Enumerable.Repeat("电话1 3 8 0 0 0 0 1 1 1 1；", 100));

        var rendered = LogText.Render(text);

        Assert.DoesNotContain("1 1 1 1", rendered, StringComparison.Ordinal);
        Assert.Contains("more)", rendered, StringComparison.Ordinal);
    }
}
