using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed partial class ClauseGuardTests
{
    [Theory]
    [InlineData("那钱什么时候退给我 我还要自己寄回去吗", "我还要")]
    [InlineData("那我还要跑快递点寄回去么", "我还要")]
    [InlineData("对了现在有yhq吗 有的话我就今天付了", "付了")]
    [InlineData("要是明天还不发 我就不要了", "不要了")]
    [InlineData("是不是扣了两次钱", "扣了")]
    [InlineData("不用退货 补两个碗给我就行", "退货")]
    [InlineData("钱已经付了？", "付了")]
    [InlineData("再不发我直接差评", "差评")]
    [InlineData("今天发不了我就退款", "退款")]
    [InlineData("今天不发我就申请退款", "退款")]
    [InlineData("赶紧给我补一个过来 别让我退货", "退货")]
    [InlineData("补一个过来 别让我退货", "一个过来别让我退货")]
    public void Words_asked_supposed_or_denied_never_act(string text, string trigger) =>
        Assert.False(ClauseGuard.Of(text).Acts(new Regex(Regex.Escape(trigger))));

    [Theory]
    [InlineData("我想了想还是要的 退款申请能撤回吗", "还是要")]
    [InlineData("我已经付了 怎么还显示待付款", "付了")]
    [InlineData("浴巾我拍了三条现在只要两条能改吗", "只要两条")]
    [InlineData("袜子拍多了四包退两包行不行", "退两包")]
    [InlineData("浴巾拍了三条现在只要两条了能退一条的钱吗", "只要两条")]
    [InlineData("能帮我把退款撤销吗", "撤销")]
    [InlineData("补两个碗给我就行", "补两个碗")]
    [InlineData("没发的话帮我改一下", "改一下")]
    public void Words_stated_or_requested_act(string text, string trigger) =>
        Assert.True(ClauseGuard.Of(text).Acts(new Regex(Regex.Escape(trigger))));

    [Fact]
    public void Spaces_and_punctuation_end_clauses_each_read_on_its_own()
    {
        var guard = ClauseGuard.Of("那钱什么时候退给我 我还要自己寄回去吗，有的话发我");

        Assert.Equal(["那钱什么时候退给我", "我还要自己寄回去吗", "有的话发我"], guard.Clauses.Select(c => c.Text));
        Assert.Equal([false, true, false], guard.Clauses.Select(c => c.Asks));
        Assert.Equal([false, false, true], guard.Clauses.Select(c => c.Supposes));
    }

    [Fact]
    public void The_acting_match_is_the_first_one_stated()
    {
        var guard = ClauseGuard.Of("我还要自己寄吗 算了我还要这个");

        Assert.Equal(9, guard.ActingMatch(new Regex("我还要"))?.Index);
    }
}
