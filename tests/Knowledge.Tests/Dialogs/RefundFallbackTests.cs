using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class RefundFallbackTests
{
    [Theory]
    [InlineData("要是只能全退的话那全退了我重拍一套也行")]
    [InlineData("压不了的话就先退了吧我回来再重新拍")]
    [InlineData("要是不能晚点发就取消吧回头我再买")]
    [InlineData("如果仓库压不住的话就先退款吧回头再拍")]
    [InlineData("改不了的话就全退我重新下")]
    [InlineData("实在不行就退款吧")]
    [InlineData("要不然就全退吧")]
    [InlineData("不行就整单退我重新拍")]
    public void A_whole_refund_taken_on_a_condition_is_read(string compact) =>
        Assert.True(RefundFallback.OrElseWhole(compact));

    [Theory]
    [InlineData("要是让我全退了重拍就算了")]
    [InlineData("压不了就算了不用退")]
    [InlineData("如果不行的话推迟两天也行")]
    [InlineData("能不能退一套的钱另一套照常发")]
    [InlineData("压不了就正常发吧")]
    public void Lines_that_take_no_whole_refund_are_not(string compact) =>
        Assert.False(RefundFallback.OrElseWhole(compact));
}
