using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class ChaseRefusedTests
{
    [Theory]
    [InlineData("不用帮我催也不用加急就退", true)]
    [InlineData("別催了給我取消", true)]
    [InlineData("快递到了不用催了", false)]
    [InlineData("帮我催一下不然就退款", false)]
    public void A_chase_turned_down_for_the_money_back_is_read(string compact, bool refused) =>
        Assert.Equal(refused, ChaseRefused.IsSaid(compact));
}
